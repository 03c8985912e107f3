"""The pure core: records, dates, loading, layout and queries. Never imports Qt."""
