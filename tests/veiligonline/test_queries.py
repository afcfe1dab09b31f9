"""Query budgets: the number of queries a page runs does not grow with its content."""

from datetime import timedelta

import pytest
from django.utils import timezone

from modules.models import Module
from trainings.models import TrainingSession, Venue


@pytest.fixture
def many(make_article, themes, age_groups):
    def make(count):
        for _ in range(count):
            make_article(themes=list(themes.values()), age_groups=list(age_groups.values()))

    return make


# home: themes, age groups, latest articles + their themes and age groups, next sessions
# + their modules, footer contacts.
HOME_QUERIES = 8
# list: themes, age groups, count, page of articles + themes + age groups, footer contacts.
LIST_QUERIES = 7
# article: the article, its themes, its age groups, footer contacts.
ARTICLE_QUERIES = 4


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 200])
def test_home(parent, many, help_contact, django_assert_num_queries, count):
    many(count)
    venue = Venue.objects.create(
        slug="v",
        name="V",
        kind="library",
        street="S 1",
        postcode="9000",
        municipality="Gent",
        province="east_flanders",
    )
    module = Module.objects.create(number=1, slug="m", title_nl="M")
    for n in range(count // 10):
        starts = timezone.now() + timedelta(days=n + 1)
        session = TrainingSession.objects.create(
            venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2)
        )
        session.modules.add(module)
    with django_assert_num_queries(HOME_QUERIES):
        assert parent.get("/nl/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 200])
def test_article_list(parent, many, help_contact, django_assert_num_queries, count):
    many(count)
    with django_assert_num_queries(LIST_QUERIES):
        assert parent.get("/nl/advies/?theme=gaming&age=13-15").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 200])
def test_search(parent, many, help_contact, django_assert_num_queries, count):
    many(count)
    # names parents type (synonyms), count, page of results + themes + age groups, footer.
    with django_assert_num_queries(6):
        assert parent.get("/nl/zoeken/?q=artikel").status_code == 200


@pytest.mark.django_db
def test_article_page(
    parent, make_article, themes, age_groups, help_contact, django_assert_num_queries
):
    article = make_article(themes=list(themes.values()), age_groups=list(age_groups.values()))
    with django_assert_num_queries(ARTICLE_QUERIES):
        assert parent.get(article.get_absolute_url()).status_code == 200
