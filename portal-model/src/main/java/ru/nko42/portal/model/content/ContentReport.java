package ru.nko42.portal.model.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The year a public report is filed under; one row per report piece, removed with it. */
@Entity
@Table(name = "content_report")
@NamedQuery(name = ContentReport.FIND_BY_PIECES, query = "SELECT r FROM ContentReport r WHERE r.pieceId IN :ids")
public class ContentReport implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_PIECES = "ContentReport.findByPieces";

    @Id
    @Column(name = "piece_id")
    private Long pieceId;

    @Column(name = "report_year", nullable = false)
    private int year;

    protected ContentReport() {}

    public ContentReport(long pieceId, int year) {
        this.pieceId = pieceId;
        this.year = year;
    }

    public Long getPieceId() {
        return pieceId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
