"""Project date and number formats (settings.FORMAT_MODULE_PATH).

Django's Arabic locale defines no DATETIME_FORMAT, so ``date:"DATETIME_FORMAT"``
fell back to the English "N j, Y, P" order; these modules give each language its
own order. Anything not defined here still comes from Django's locale.
"""
