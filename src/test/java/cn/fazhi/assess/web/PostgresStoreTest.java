package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Scorecard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbench on a PostgreSQL server, as an office shares one. Runs when FAZHI_TEST_PG_URL names a
 * database this test may create a schema in (.ci/run sets one up); skips otherwise.
 */
class PostgresStoreTest {
    static final String URL = System.getenv("FAZHI_TEST_PG_URL");
    static final String USER = System.getenv("FAZHI_TEST_PG_USER");
    static final String PASSWORD = System.getenv("FAZHI_TEST_PG_PASSWORD");

    String schema;
    Database db;

    @BeforeEach
    void createSchema() throws SQLException {
        assumeTrue(URL != null && !URL.isBlank(), "FAZHI_TEST_PG_URL is not set");
        schema = "fazhi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private Database open() {
        return Database.url(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER, PASSWORD);
    }

    @Test
    void uploadsCorrectionsAndRankingSurviveOnPostgres() throws Exception {
        db = open();
        Workbench bench = WorkbenchTest.workbench(db);
        long a = bench.createAssessment("共享库考评", 2023, null);
        long id = bench.upload(a, "下陆区.txt", Files.readAllBytes(WorkbenchTest.XIALU)).reportId();
        bench.upload(a, "坏.docx", "PK\u0003\u0004x".getBytes(StandardCharsets.ISO_8859_1));
        Scorecard corrected = bench.correctFact(id, "dispute.court_appearance_rate", "50", "核对原文");
        db.close();

        db = open();
        Workbench again = WorkbenchTest.workbench(db);
        assertThat(again.scorecard(id).total()).isEqualTo(corrected.total());
        assertThat(again.scorecard(id).review()).singleElement().satisfies(x -> assertThat(x.after()).isEqualTo("50"));
        assertThat(again.ranking(a).units()).hasSize(1);
        assertThat(again.ranking(a).failures()).hasSize(1);
        assertThat(again.store().original(id)).isEqualTo(Files.readAllBytes(WorkbenchTest.XIALU));
    }
}
