from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from api import apis, views

app_name = "api"

urlpatterns = [
    # The published contract and its readers (vendored Swagger UI and Redoc: no CDN).
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path(
        "redoc/",
        SpectacularRedocView.as_view(url_name="api:schema", template_name="api/redoc.html"),
        name="redoc",
    ),
    # API v1.
    path("v1/playbooks/", apis.PlaybookListApi.as_view(), name="playbook_list"),
    path("v1/playbooks/<slug:slug>/", apis.PlaybookDetailApi.as_view(), name="playbook_detail"),
    path("v1/results/", apis.ResultListApi.as_view(), name="result_list"),
    path("v1/results/<int:result_id>/", apis.ResultDetailApi.as_view(), name="result_detail"),
    path("v1/audit-events/", apis.AuditEventListApi.as_view(), name="audit_event_list"),
    # Admin pages in the browser: API keys and webhooks.
    path("keys/", views.api_key_list, name="api_key_list"),
    path("keys/new/", views.api_key_create, name="api_key_create"),
    path("keys/<int:api_key_id>/revoke/", views.api_key_revoke, name="api_key_revoke"),
    path("webhooks/", views.webhook_endpoint_list, name="webhook_endpoint_list"),
    path("webhooks/new/", views.webhook_endpoint_create, name="webhook_endpoint_create"),
    path("webhooks/<int:endpoint_id>/", views.webhook_endpoint_detail, name="webhook_endpoint_detail"),
    path(
        "webhooks/<int:endpoint_id>/active/",
        views.webhook_endpoint_set_active,
        name="webhook_endpoint_set_active",
    ),
    path(
        "webhooks/deliveries/<int:delivery_id>/resend/",
        views.webhook_delivery_resend,
        name="webhook_delivery_resend",
    ),
]
