-- Record an HTTP source's watermark with the batch that reached it (inside
-- the batch transaction). Parameters: source, watermark, batch_id, now.
INSERT OR REPLACE INTO meta.watermarks (source, watermark, batch_id, updated_at) VALUES (?, ?, ?, ?);
