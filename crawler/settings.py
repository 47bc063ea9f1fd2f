"""Polite defaults a council's web team would accept (the spiders arrive with issue 3)."""

BOT_NAME = "foi"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
USER_AGENT = "foi-responses (+set FOI_CONTACT to your email address)"
