"""The baseline of benchmarks/load.py: the least a Django view can do, through the same
middleware on the same gunicorn. Routed only when BENCHMARK=1 (veiligonline/urls.py)."""

from django.http import HttpResponse


def bare(request):
    return HttpResponse("ok", content_type="text/plain")
