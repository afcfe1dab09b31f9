"""/sitemap.xml: every public page in Dutch and French, each with its other-language twin.

Only what anyone may read: published articles and modules, the theme pages, the fixed
pages and the trainings list. Private links (registrations, requests, invitations), the
moderators' space, previews and the admin are never listed (robots.txt keeps them out too).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from modules.models import Module
from veiligonline.models import Article, Theme


class _Bilingual(Sitemap):
    i18n = True
    alternates = True

    # Absolute addresses on the portal's public address, whatever host the request used.
    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        # Django's x-default strips the language prefix (/advies/), an address that only
        # redirects here; ours is the Dutch page itself, as in the pages' own <head>.
        for url in urls:
            dutch = next(a for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE)
            url["alternates"].append({"location": dutch["location"], "lang_code": "x-default"})
        return urls


class FixedPages(_Bilingual):
    changefreq = "weekly"

    def items(self):
        return [
            "veiligonline:home",
            "veiligonline:articles",
            "veiligonline:help",
            "veiligonline:about",
            "veiligonline:privacy",
            "modules:list",
            "trainings:sessions",
            "trainings:request_training",
        ]

    def location(self, item):
        return reverse(item)


class ThemePages(_Bilingual):
    changefreq = "weekly"

    def items(self):
        return list(Theme.objects.order_by("order", "slug"))

    def location(self, item):
        return f"{reverse('veiligonline:articles')}?theme={item.slug}"


class Articles(_Bilingual):
    changefreq = "monthly"

    def items(self):
        return list(Article.objects.published().order_by("slug"))

    def lastmod(self, item):
        return item.updated_at


class Modules(_Bilingual):
    changefreq = "monthly"

    def items(self):
        return list(Module.objects.published().order_by("number"))


SITEMAPS = {
    "pages": FixedPages,
    "themes": ThemePages,
    "articles": Articles,
    "modules": Modules,
}
