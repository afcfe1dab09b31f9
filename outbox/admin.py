"""The outbox for coordinators: what was sent, to whom, what failed, and send it again."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from outbox import kinds, services
from outbox.models import Message
from outbox.rendering import render


class KindFilter(admin.SimpleListFilter):
    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return kinds.choices()

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(kind=self.value())
        return queryset


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    """Read-only: a message is a record. The one thing to do is send one again."""

    list_display = [
        "created_at",
        "kind_label",
        "channel",
        "address",
        "status",
        "attempts",
        "sent_at",
    ]
    list_filter = [KindFilter, "channel", "status", "created_at"]
    # By topic only ("session:12", as the session's page links it). Never by address: a
    # search is a GET, and what is typed would stand in the address bar and the logs. A
    # person's messages are listed by "A person's data" (veiligonline/privacy.py, a POST).
    search_fields = ["=topic"]
    search_help_text = _(
        "Search by topic, as a session or request names it (session:12, request:3). "
        "To find the messages to a person, use “A person's data” on the home page of the "
        "admin: their address then never enters an address bar or a log."
    )

    date_hierarchy = "created_at"
    actions = ["send_again"]
    readonly_fields = [
        "kind_label",
        "channel",
        "address",
        "language",
        "status",
        "attempts",
        "resends",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
        "topic",
        "dedupe_key",
        "text",
    ]
    fields = readonly_fields
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Change permission is what the "send again" action needs; every field is
        # read-only, so the page offers nothing to save.
        extra_context = (extra_context or {}) | {
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
            "show_delete": False,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description=_("kind"), ordering="kind")
    def kind_label(self, obj):
        return obj.kind_label

    @admin.display(description=_("text"))
    def text(self, obj):
        if obj.sent_text:
            subject = obj.sent_subject
            body = obj.sent_text
        else:
            try:
                rendered = render(obj, preview=True)  # makes no working link
            except Exception as error:  # noqa: BLE001 - a broken template must not break the page
                return format_html(
                    "<em>{}</em> {}: {}",
                    _("This message cannot be shown."),
                    type(error).__name__,
                    error,
                )
            if rendered is None:
                return _("No longer relevant: this message will not be sent.")
            subject, body = rendered.subject, rendered.text
        return format_html(
            '<strong>{}</strong><pre style="white-space: pre-wrap">{}</pre>', subject, body
        )

    @admin.action(description=_("Send again"), permissions=["change"])
    def send_again(self, request, queryset):
        rows = list(queryset.only("pk", "kind"))
        count = services.send_again(queryset)
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=rows,
            action_flag=CHANGE,
            change_message=str(_("Queued to send again")),
        )
        self.message_user(
            request,
            ngettext("%d message queued to send again.", "%d messages queued to send again.", count)
            % count,
            messages.SUCCESS,
        )
        self.message_user(
            request,
            _(
                "A message whose cause no longer holds (a cancelled registration, a session "
                "already given) is not sent again; one sent before keeps its earlier send."
            ),
            messages.INFO,
        )
