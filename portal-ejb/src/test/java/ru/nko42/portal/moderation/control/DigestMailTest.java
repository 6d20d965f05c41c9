package ru.nko42.portal.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.mail.boundary.OutgoingMail;

class DigestMailTest {

    private static final DigestMail.Item PROFILE =
            new DigestMail.Item(12, "profile", "АНО «Ромашка»", "Кемеровский городской округ", "Kemerovo urban okrug");
    private static final DigestMail.Item REGION_WIDE = new DigestMail.Item(13, "claim", "Фонд Сибирь", null, null);

    @Test
    void aRussianDigestListsEachItemWithKindMunicipalityAndLink() {
        OutgoingMail mail = DigestMail.compose("moderator@example.org", "ru", List.of(PROFILE, REGION_WIDE), 7);

        assertThat(mail.to()).isEqualTo("moderator@example.org");
        assertThat(mail.subject()).isEqualTo("Новое на модерации: 2");
        assertThat(mail.text())
                .startsWith("Здравствуйте!")
                .contains("• Профиль организации «АНО «Ромашка»», Кемеровский городской округ\n"
                        + "  http://localhost:8080/moderation/item?id=12")
                .contains("• Запрос на представительство «Фонд Сибирь», весь регион\n"
                        + "  http://localhost:8080/moderation/item?id=13")
                .contains("Всего ждут решения: 7. Очередь модерации:\nhttp://localhost:8080/moderation\n");
    }

    @Test
    void anEnglishDigestIsInEnglishAndAnUnknownKindShowsItsCode() {
        var unknown = new DigestMail.Item(
                1234, "petition", "Broken ramp", "Кемеровский городской округ", "Kemerovo urban okrug");
        OutgoingMail mail = DigestMail.compose("moderator@example.org", "en", List.of(PROFILE, unknown), 1500);

        assertThat(mail.subject()).isEqualTo("New items to moderate: 2");
        assertThat(mail.text())
                .contains("• Organization profile \"АНО «Ромашка»\", Kemerovo urban okrug")
                .contains(
                        "• petition \"Broken ramp\", Kemerovo urban okrug\n  http://localhost:8080/moderation/item?id=1234")
                .contains("Waiting for a decision in all: 1,500.")
                .doesNotContain("городской");
    }

    @Test
    void aLongListStopsAtFiftyAndSaysHowManyMore() {
        List<DigestMail.Item> many = IntStream.rangeClosed(1, 53)
                .mapToObj(i -> new DigestMail.Item(i, "profile", "Организация " + i, "Юрга", "Yurga"))
                .toList();

        String text =
                DigestMail.compose("moderator@example.org", "ru", many, 53).text();

        assertThat(text)
                .contains("«Организация 50»")
                .doesNotContain("«Организация 51»")
                .contains("… и ещё 3 в очереди.");
    }
}
