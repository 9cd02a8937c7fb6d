-- An assessment may name last year's assessment: each unit's gaps there are followed up (整改"回头看").
ALTER TABLE assessment ADD COLUMN previous_id BIGINT REFERENCES assessment (id);
