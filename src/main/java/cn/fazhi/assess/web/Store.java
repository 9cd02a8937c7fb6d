package cn.fazhi.assess.web;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workbench's rows in plain JDBC; every write is one transaction. */
public final class Store {
    /** {@code previousId}: last year's assessment, whose gaps this one follows up; null when none was named. */
    public record Assessment(long id, String name, Integer year, String level, String checklist,
                             LocalDateTime createdAt, int reports, Long previousId) {
    }

    /** A stored report without its large columns (original bytes, text, facts). */
    public record Report(long id, long assessmentId, String fileName, long size, String unit, String level,
                         Integer year, Double total, String grade, Integer gaps, Boolean veto, String error,
                         LocalDateTime uploadedAt, LocalDateTime removedAt, String removedReason) {
        public boolean scored() {
            return error == null;
        }

        /** Removed from its assessment by an evaluator: out of the ranking, kept in the record, restorable. */
        public boolean removed() {
            return removedAt != null;
        }
    }

    /** An upload to keep: the original bytes always; text, facts and result when it could be read. */
    public record NewReport(String fileName, byte[] original, String text, String facts, Result result, String error) {
    }

    /** The columns the ranking reads, kept up to date after every change. */
    public record Result(String unit, String level, Integer year, double total, String grade, int gaps, boolean veto) {
    }

    /** An evaluator's change as stored; {@code newValue} null means "not stated" for a fact. */
    public record Change(long id, String kind, String target, String oldValue, String newValue, Double points,
                         String reason, LocalDateTime at) {
    }

    private static final String REPORT_COLUMNS = "id, assessment_id, file_name, size_bytes, unit, unit_level, report_year, total, grade,"
            + " gaps, veto, error, uploaded_at, removed_at, removed_reason";

    private final DataSource db;

    public Store(DataSource db) {
        this.db = db;
    }

    public long createAssessment(String name, Integer year, String level, String checklist) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO assessment (name, assessment_year, unit_level, checklist, created_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                setInt(ps, 2, year);
                ps.setString(3, level);
                ps.setString(4, checklist);
                ps.setTimestamp(5, now());
                ps.executeUpdate();
                return generatedId(ps);
            }
        });
    }

    public List<Assessment> assessments() {
        return query("SELECT a.id, a.name, a.assessment_year, a.unit_level, a.checklist, a.created_at,"
                + " (SELECT COUNT(*) FROM report r WHERE r.assessment_id = a.id), a.previous_id FROM assessment a ORDER BY a.id DESC",
                ps -> { }, Store::assessment);
    }

    public Optional<Assessment> assessment(long id) {
        return query("SELECT a.id, a.name, a.assessment_year, a.unit_level, a.checklist, a.created_at,"
                + " (SELECT COUNT(*) FROM report r WHERE r.assessment_id = a.id), a.previous_id FROM assessment a WHERE a.id = ?",
                ps -> ps.setLong(1, id), Store::assessment).stream().findFirst();
    }

    /** Sets the level every report of the assessment is scored at (null: as each report says). */
    public void setLevel(long assessmentId, String level) {
        setAssessmentColumn("unit_level", level, assessmentId);
    }

    /** Names last year's assessment (null: none). */
    public void setPrevious(long assessmentId, Long previousId) {
        setAssessmentColumn("previous_id", previousId, assessmentId);
    }

    /** {@code column} is one of this class's own column names, never user input. */
    private void setAssessmentColumn(String column, Object value, long assessmentId) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assessment SET " + column + " = ? WHERE id = ?")) {
                ps.setObject(1, value);
                ps.setLong(2, assessmentId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes a report from its assessment's ranking ({@code at} non-null, with the reason) or restores it (null). */
    public void setRemoved(long reportId, LocalDateTime at, String reason) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE report SET removed_at = ?, removed_reason = ? WHERE id = ?")) {
                ps.setTimestamp(1, at == null ? null : Timestamp.valueOf(at));
                ps.setString(2, reason);
                ps.setLong(3, reportId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Records a report's result after its assessment changed; {@code error} null once it could be scored. */
    public void rescored(long reportId, Result result, String error) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE report SET error = ? WHERE id = ?")) {
                ps.setString(1, error);
                ps.setLong(2, reportId);
                ps.executeUpdate();
            }
            if (result != null) {
                updateResult(c, reportId, result);
            }
            return null;
        });
    }

    public long addReport(long assessmentId, NewReport r) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report (assessment_id, file_name, size_bytes, original,"
                    + " report_text, facts, error, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, assessmentId);
                ps.setString(2, r.fileName());
                ps.setLong(3, r.original().length);
                ps.setBytes(4, r.original());
                ps.setString(5, r.text());
                ps.setString(6, r.facts());
                ps.setString(7, r.error());
                ps.setTimestamp(8, now());
                ps.executeUpdate();
                long id = generatedId(ps);
                if (r.result() != null) {
                    updateResult(c, id, r.result());
                }
                return id;
            }
        });
    }

    public List<Report> reports(long assessmentId) {
        return query("SELECT " + REPORT_COLUMNS + " FROM report WHERE assessment_id = ? ORDER BY id",
                ps -> ps.setLong(1, assessmentId), Store::report);
    }

    public Optional<Report> report(long id) {
        return query("SELECT " + REPORT_COLUMNS + " FROM report WHERE id = ?", ps -> ps.setLong(1, id), Store::report)
                .stream().findFirst();
    }

    public String text(long reportId) {
        return single("SELECT report_text FROM report WHERE id = ?", reportId);
    }

    public String facts(long reportId) {
        return single("SELECT facts FROM report WHERE id = ?", reportId);
    }

    public byte[] original(long reportId) {
        return query("SELECT original FROM report WHERE id = ?", ps -> ps.setLong(1, reportId), rs -> rs.getBytes(1))
                .stream().findFirst().orElse(null);
    }

    /** Records a change and the result it led to, together or not at all. */
    public void addChange(long reportId, Change change, Result result) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjustment (report_id, kind, target, old_value,"
                    + " new_value, points, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, reportId);
                ps.setString(2, change.kind());
                ps.setString(3, change.target());
                ps.setString(4, change.oldValue());
                ps.setString(5, change.newValue());
                if (change.points() == null) {
                    ps.setNull(6, Types.DOUBLE);
                } else {
                    ps.setDouble(6, change.points());
                }
                ps.setString(7, change.reason());
                ps.setTimestamp(8, Timestamp.valueOf(change.at()));
                ps.executeUpdate();
            }
            updateResult(c, reportId, result);
            return null;
        });
    }

    public List<Change> changes(long reportId) {
        return query("SELECT id, kind, target, old_value, new_value, points, reason, created_at FROM adjustment"
                + " WHERE report_id = ? ORDER BY id", ps -> ps.setLong(1, reportId), rs -> new Change(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), (Double) rs.getObject(6, Double.class),
                rs.getString(7), rs.getTimestamp(8).toLocalDateTime()));
    }

    private static void updateResult(Connection c, long reportId, Result r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET unit = ?, unit_level = ?, report_year = ?, total = ?, grade = ?,"
                + " gaps = ?, veto = ? WHERE id = ?")) {
            ps.setString(1, r.unit());
            ps.setString(2, r.level());
            setInt(ps, 3, r.year());
            ps.setDouble(4, r.total());
            ps.setString(5, r.grade());
            ps.setInt(6, r.gaps());
            ps.setBoolean(7, r.veto());
            ps.setLong(8, reportId);
            ps.executeUpdate();
        }
    }

    private static Assessment assessment(ResultSet rs) throws SQLException {
        return new Assessment(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getInt(7), (Long) rs.getObject(8, Long.class));
    }

    private static Report report(ResultSet rs) throws SQLException {
        return new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, Integer.class), rs.getObject(8, Double.class), rs.getString(9), rs.getObject(10, Integer.class),
                rs.getObject(11, Boolean.class), rs.getString(12), rs.getTimestamp(13).toLocalDateTime(),
                rs.getTimestamp(14) == null ? null : rs.getTimestamp(14).toLocalDateTime(), rs.getString(15));
    }

    /** The one column of the one row, or null when there is no such row or the column is NULL (a file never read). */
    private String single(String sql, long id) {
        List<String> rows = query(sql, ps -> ps.setLong(1, id), rs -> rs.getString(1));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** A database failure: the page says so and nothing half-written stays behind. */
    public static final class StoreException extends RuntimeException {
        StoreException(SQLException cause) {
            super("database: " + cause.getMessage(), cause);
        }
    }
}
