import pytest
from django.contrib.auth.models import Group

from accounts.roles import COORDINATOR


@pytest.fixture
def staff_user(db, django_user_model):
    """A coordinator as `make run` makes one: staff, in the group, not a superuser."""
    user = django_user_model.objects.create_user(
        username="coco", password="a long test password", is_staff=True
    )
    user.groups.add(Group.objects.get(name=COORDINATOR))
    return user


def password_login(client, username="coco", password="a long test password"):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password})
