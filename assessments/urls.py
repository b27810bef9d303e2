from django.urls import path

from assessments import views

app_name = "assessments"

urlpatterns = [
    path("", views.playbook_library_page, name="playbook_list"),
    path("<slug:slug>/", views.playbook_detail, name="playbook_detail"),
    path("<slug:slug>/print/", views.playbook_print, name="playbook_print"),
]
