"""The Scrapy crawler: spiders find and fetch, middlewares keep it polite and safe, pipelines store."""
