"""The Scrapy project: one spider per publishing platform (issue 3). Spiders store what they
fetch through foi.archive.store; parsing happens later, from the archive."""
