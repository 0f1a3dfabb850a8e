from django.http import HttpResponse
from django.urls import path


def bare(request):
    return HttpResponse("<!DOCTYPE html><title>bare</title><p>Hello</p>")


urlpatterns = [path("bare/", bare)]
