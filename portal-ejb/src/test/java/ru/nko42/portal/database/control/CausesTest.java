package ru.nko42.portal.database.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsAConnectionFailure() {
        var refused = new RuntimeException(
                "Unable to obtain connection",
                new SQLException(
                        "Socket fail to connect to db:3306.  Connection refused",
                        "HY000",
                        new ConnectException("Connection refused")));
        assertThat(Causes.isConnectionFailure(refused)).isTrue();
        assertThat(Causes.oneLine(refused)).isEqualTo("Socket fail to connect to db:3306. Connection refused");
    }

    @Test
    void sqlStateClass08IsAConnectionFailure() {
        var lost = new RuntimeException(new SQLNonTransientConnectionException("Socket fail\n to connect", "08000"));
        assertThat(Causes.isConnectionFailure(lost)).isTrue();
        assertThat(Causes.oneLine(lost)).isEqualTo("Socket fail to connect");
    }

    @Test
    void withoutAnSqlMessageTheRootCauseSpeaks() {
        var refused =
                new RuntimeException("pool", new IllegalStateException(new ConnectException("Connection refused")));
        assertThat(Causes.oneLine(refused)).isEqualTo("Connection refused");
    }

    @Test
    void aBrokenMigrationIsNotAConnectionFailure() {
        var syntax = new RuntimeException(new SQLException("You have an error in your SQL syntax", "42000"));
        assertThat(Causes.isConnectionFailure(syntax)).isFalse();
    }
}
