"""Coordinators' admin for moderators: profiles, events, assignments, suggestions, to-do lists."""

from moderators.admin import core, lists  # noqa: F401 - registers the admins
