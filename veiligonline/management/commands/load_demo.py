"""Load the demo content written for the portal. Safe to run again: it updates in place."""

from __future__ import annotations

import importlib
import pkgutil
import random
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from moderators import demo as moderator_demo
from moderators.demo import DEMO_PARTICIPANTS
from modules import demo_content as module_content
from modules import services as module_services
from modules.models import AgreementSuggestion, Choice, Module, Step
from outbox.models import Message
from outbox.services import recording_only
from trainings.geo import coordinates_for
from trainings.models import Organisation, TrainingSession, Venue
from trainings.services import register
from veiligonline import demo_content
from veiligonline.demo_content import site
from veiligonline.demo_content import synonyms as demo_synonyms
from veiligonline.models import (
    AgeGroup,
    Article,
    HelpContact,
    Page,
    ProgrammeSettings,
    SearchSynonym,
    Theme,
    term_key,
)

# Shown in every page's footer, for the reader's language.
# Fixed-date public holidays in Belgium (month, day): no demo sessions on these.
HOLIDAYS = {(1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)}
FOOTER_CONTACTS = {"child-focus", "awel", "ecoute-enfants-103"}


def demo_articles() -> list[dict]:
    articles = []
    for info in sorted(pkgutil.iter_modules(demo_content.__path__), key=lambda i: i.name):
        if info.name.startswith("articles_"):
            module = importlib.import_module(f"{demo_content.__name__}.{info.name}")
            articles.extend(module.ARTICLES)
    return articles


def _translated(data: dict, *fields: str) -> dict:
    return {f"{field}_{lang}": data[lang][field] for field in fields for lang in ("nl", "fr")}


class Command(BaseCommand):
    help = "Load (or refresh) the demo themes, age groups, articles, help contacts and pages."

    def handle(self, *args, **options):
        # The demo's invented people are recorded as usual but never queued for sending.
        with recording_only():
            self._load()

    @transaction.atomic
    def _load(self):
        started = timezone.now()
        modules = self._modules()
        themes = self._themes(modules)
        age_groups = self._age_groups()
        articles = self._articles(themes, age_groups, modules)
        # Names parents search for (Fortnite, TikTok …): only what is missing is added.
        demo_synonyms.load(SearchSynonym, Theme, Module, term_key)
        contacts = self._help_contacts()
        pages = self._pages()
        steps = self._module_steps(modules)
        venues, sessions = self._trainings(modules)
        self._programme_settings()
        # The demo's invented parents and organisations receive nothing: their messages
        # are kept (coordinators see what would have gone) but never sent, and a newcomer's
        # own confirmation is not queued behind a hundred of them.
        Message.objects.filter(created_at__gte=started, status=Message.Status.QUEUED).update(
            status=Message.Status.CANCELLED, last_error="Demo data: not sent."
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {len(themes)} themes, {len(age_groups)} age groups, "
                f"{articles} articles, {contacts} help contacts, {pages} pages, "
                f"{len(modules)} modules with {steps} steps, {venues} venues, "
                f"{sessions} training sessions."
            )
        )

    def _modules(self) -> dict[int, Module]:
        modules = {}
        for theme in site.THEMES:
            if theme["module"]:
                module, _ = Module.objects.update_or_create(
                    number=theme["module"],
                    defaults={
                        "slug": theme["slug"],
                        "title_nl": theme["nl"]["name"],
                        "title_fr": theme["fr"]["name"],
                    },
                )
                modules[module.number] = module
        return modules

    def _themes(self, modules) -> dict[str, Theme]:
        themes = {}
        for order, data in enumerate(site.THEMES):
            theme, _ = Theme.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "order": order,
                    "module": modules.get(data["module"]),
                    **_translated(data, "name", "description"),
                },
            )
            themes[theme.slug] = theme
        return themes

    def _age_groups(self) -> dict[str, AgeGroup]:
        groups = {}
        for data in site.AGE_GROUPS:
            group, _ = AgeGroup.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "min_age": data["min_age"],
                    "max_age": data["max_age"],
                    **_translated(data, "name", "description"),
                },
            )
            groups[group.slug] = group
        return groups

    def _articles(self, themes, age_groups, modules) -> int:
        now = timezone.now()
        data_list = demo_articles()
        for index, data in enumerate(data_list):
            defaults = {
                "status": Article.Status.PUBLISHED,
                "related_module": modules.get(data.get("module")),
                "sources": "\n".join(f"{name} | {url}" for name, url in data.get("sources", [])),
                **_translated(data, "title", "summary", "body"),
                "talk_prompts_nl": "\n".join(data["nl"]["talk_prompts"]),
                "talk_prompts_fr": "\n".join(data["fr"]["talk_prompts"]),
            }
            article, created = Article.objects.update_or_create(
                slug=data["slug"],
                defaults=defaults,
                create_defaults={**defaults, "published_at": now - timedelta(days=index)},
            )
            article.themes.set([themes[slug] for slug in data["themes"]])
            article.age_groups.set([age_groups[slug] for slug in data["age_groups"]])
        return len(data_list)

    def _help_contacts(self) -> int:
        for data in site.HELP_CONTACTS:
            HelpContact.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "kind": data["kind"],
                    "order": data["order"],
                    "phone": data.get("phone", ""),
                    "email": data.get("email", ""),
                    "website_nl": data.get("website_nl", ""),
                    "website_fr": data.get("website_fr", ""),
                    "serves_nl": "nl" in data["languages"],
                    "serves_fr": "fr" in data["languages"],
                    "in_footer": data["slug"] in FOOTER_CONTACTS,
                    "source": data.get("source", ""),
                    **_translated(data, "name", "helps_with", "hours"),
                },
            )
        return len(site.HELP_CONTACTS)

    def _module_steps(self, modules) -> int:
        """Steps, questions and agreement suggestions of the modules written so far."""
        count = 0
        for info in sorted(pkgutil.iter_modules(module_content.__path__), key=lambda i: i.name):
            if not info.name.startswith("module_"):
                continue
            content = importlib.import_module(f"{module_content.__name__}.{info.name}")
            data = content.MODULE
            module = modules[data["number"]]
            module.slug = data["slug"]
            module.status = Module.Status.PUBLISHED
            module.duration_minutes = data["duration_minutes"]
            module.sources = "\n".join(f"{name} | {url}" for name, url in data["sources"])
            for lang in ("nl", "fr"):
                setattr(module, f"title_{lang}", data[lang]["title"])
                setattr(module, f"promise_{lang}", data[lang]["promise"])
                setattr(module, f"tips_{lang}", "\n".join(data["tips"][lang]))
            module.save()
            keys = []
            for order, step_data in enumerate(data["steps"]):
                step, _ = Step.objects.update_or_create(
                    module=module,
                    key=step_data["key"],
                    defaults={
                        "order": order,
                        "kind": step_data["kind"],
                        "is_active": True,
                        "question_type": step_data.get("question_type", ""),
                        "is_scenario": step_data.get("scenario", False),
                        # The demo's clips are our own static files, stored as paths on
                        # the site: they then load from whatever address serves the page
                        # (make run may serve on another port than SITE_URL names).
                        "video_url": step_data.get("video_url", ""),
                        "captions_url": step_data.get("captions_url", ""),
                        **{
                            f"{field}_{lang}": step_data[lang].get(field, "")
                            for field in ("title", "body", "transcript")
                            for lang in ("nl", "fr")
                        },
                    },
                )
                keys.append(step.key)
                choices = step_data.get("choices", [])
                for n, choice in enumerate(choices):
                    Choice.objects.update_or_create(
                        step=step,
                        order=n,
                        defaults={
                            "is_correct": choice["correct"],
                            **{
                                f"{field}_{lang}": choice[lang][field]
                                for field in ("text", "feedback")
                                for lang in ("nl", "fr")
                            },
                        },
                    )
                step.choices.filter(order__gte=len(choices)).delete()
                count += 1
            module.steps.exclude(key__in=keys).update(is_active=False)
            suggestions = getattr(content, "AGREEMENT_SUGGESTIONS", [])
            if suggestions:
                # Updated in place: parents' agreements point at these rows by id.
                kept = []
                for n, item in enumerate(suggestions):
                    suggestion, _ = AgreementSuggestion.objects.update_or_create(
                        topic=item["topic"],
                        order=n,
                        defaults={"text_nl": item["nl"], "text_fr": item["fr"]},
                    )
                    kept.append(suggestion.pk)
                AgreementSuggestion.objects.exclude(pk__in=kept).delete()
            # What parents see now is what was published: the next version starts here.
            Module.objects.filter(pk=module.pk).update(
                published_fingerprint=module_services.content_fingerprint(module)
            )
        return count

    def _trainings(self, modules) -> tuple[int, int]:
        """Venues and organisations; sessions over the coming three months, created once."""
        try:
            from trainings.demo_content import venues as data
        except ImportError:
            return 0, 0
        venues = []
        for item in data.VENUES:
            venue, _ = Venue.objects.update_or_create(
                slug=item["slug"],
                defaults={
                    "name": item["name"],
                    "kind": item["kind"],
                    "street": item["street"],
                    "postcode": item["postcode"],
                    "municipality": item["municipality"],
                    "province": item["province"],
                    # From the postcode, also when a refresh changed it (nearest first).
                    **dict(
                        zip(
                            ("latitude", "longitude"),
                            coordinates_for(item["postcode"]),
                            strict=True,
                        )
                    ),
                    **{
                        f"{field}_{lang}": item[field][lang]
                        for field in ("accessibility", "transport")
                        for lang in ("nl", "fr")
                    },
                },
            )
            venues.append(venue)
        for item in data.ORGANISATIONS:
            Organisation.objects.update_or_create(
                slug=item["slug"],
                defaults={
                    "name": item["name"],
                    "kind": item["kind"],
                    "works_with_vulnerable_groups": item["vulnerable"],
                    "municipality": item["municipality"],
                    "postcode": item["postcode"],
                    "contact_name": item["contact_name"],
                    "contact_email": item["contact_email"],
                    "contact_phone": item["contact_phone"],
                    "language": item["language"],
                },
            )
        if not TrainingSession.objects.filter(venue__in=venues).exists():
            self._sessions(venues, list(modules.values()))
        # Moderators, certifications, events, assignments, past sessions and reports.
        moderator_demo.load(list(modules.values()), venues)
        return len(venues), TrainingSession.objects.count()

    def _sessions(self, venues, modules) -> int:
        rng = random.Random(2026)  # the same demo every time  # noqa: S311
        french = {"brussels", "walloon_brabant", "hainaut", "liege", "namur", "luxembourg"}
        today = timezone.localdate()
        created = 0
        for n in range(64):
            # A stride through the list: sessions in every province, Wallonia included.
            venue = venues[(n * 11) % len(venues)]
            day = today + timedelta(days=2 + (n * 89) // 64)
            while day.weekday() == 6 or (day.month, day.day) in HOLIDAYS:
                day += timedelta(days=1)  # no training on a Sunday or a public holiday
            hour = rng.choice([9, 13, 19, 19, 19])
            starts = timezone.make_aware(datetime.combine(day, time(hour, 30 if hour == 9 else 0)))
            if n % 5 == 0:
                audience = TrainingSession.Audience.DISADVANTAGED
            elif n % 6 == 3:
                audience = TrainingSession.Audience.GRANDPARENTS
            else:
                audience = TrainingSession.Audience.ALL
            language = (
                "fr"
                if venue.province in french and (n % 3 or venue.province != "brussels")
                else "nl"
            )
            session = TrainingSession.objects.create(
                venue=venue,
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                language=language,
                audience=audience,
                capacity=rng.choice([8, 12, 15, 20]),
                childcare=audience == TrainingSession.Audience.DISADVANTAGED or n % 7 == 0,
                interpreter_language=rng.choice(["", "", "ar", "tr"])
                if audience == TrainingSession.Audience.DISADVANTAGED
                else "",
                status=TrainingSession.Status.CONFIRMED,
            )
            session.modules.set(rng.sample(modules, k=rng.choice([1, 1, 2])))
            if n % 9 == 4:  # some sessions are full, with a waiting list
                for seat in range(session.capacity + 2):
                    register(
                        session_id=session.pk,
                        # Invented people with real-looking names (a moderator's list
                        # of "Demo 1, Demo 2" shows nothing of what it is for).
                        name=DEMO_PARTICIPANTS[(session.pk + seat) % len(DEMO_PARTICIPANTS)],
                        email=f"demo{session.pk}-{seat}@example.org",
                        language=language,
                        consent=True,
                    )
            created += 1
        return created

    def _programme_settings(self) -> None:
        """An example price, said as one, so that the request form shows how a price reads.
        Made once: what a coordinator saved in the admin is never overwritten."""
        ProgrammeSettings.objects.get_or_create(
            pk=ProgrammeSettings.SINGLETON_PK,
            defaults={
                "price_euro": Decimal("150"),
                "price_text_nl": "Voorbeeldprijs in de demo.",
                "price_text_fr": "Prix d'exemple de la démo.",
            },
        )

    def _pages(self) -> int:
        for slug, data in site.PAGES.items():
            Page.objects.update_or_create(slug=slug, defaults=_translated(data, "title", "body"))
        return len(site.PAGES)
