from django.contrib import admin

from modules.models import Module


@admin.register(Module)
class ModuleAdmin(admin.ModelAdmin):
    list_display = ["number", "title_nl", "title_fr", "duration_minutes"]
    prepopulated_fields = {"slug": ["title_nl"]}
