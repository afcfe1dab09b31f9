from django.contrib import admin

from moderators.models import Moderator


@admin.register(Moderator)
class ModeratorAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "phone", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "email"]
