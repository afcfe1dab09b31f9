"""Coordinators' admin for moderators: profiles, events, assignments, suggestions, to-do lists,
and the moderators on the trainings app's session pages."""

from moderators.admin import core, lists, sessions  # noqa: F401 - registers the admins
