-- A report an evaluator removed from an assessment stays in the record, with when and why, and can be restored.
ALTER TABLE report ADD COLUMN removed_at TIMESTAMP;
ALTER TABLE report ADD COLUMN removed_reason VARCHAR(2000);
