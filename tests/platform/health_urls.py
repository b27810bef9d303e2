"""A URL configuration with only the health check, so its tests do not depend on the product's pages."""

from django.urls import path

from config.health import health

urlpatterns = [path("healthz/", health)]
