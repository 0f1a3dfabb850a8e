"""The governance page (seeds 000 and 001): the three bodies, their missions, members.

Seed 000 gives the steering committee in French and the two other bodies in Arabic;
each part is translated into the other language here.
"""

# ruff: noqa: E501 - prose: the lines are sentences, not code.

from .text import Body

SLUG = "governance"

TITLE = {"ar": "الحكامة", "fr": "Gouvernance", "en": "Governance"}

INTRO = {
    "ar": "نظام حكامة واضح وشفاف لورش الحكومة المنفتحة بالمغرب، يرتكز على ثلاث هيئات: "
    "لجنة الإشراف، ولجنة التنفيذ، وفضاء المجتمع المدني.",
    "fr": "Un système de gouvernance clair et transparent pour le chantier du gouvernement "
    "ouvert au Maroc, reposant sur trois structures : le comité de pilotage, le comité "
    "de mise en œuvre et l'espace de la société civile.",
    "en": "A clear and transparent governance system for Morocco's open government "
    "programme, resting on three bodies: the steering committee, the implementation "
    "committee and the civil society space.",
}

PREFACE: dict[str, Body] = {
    "ar": [
        "من أجل ضمان النجاح المستدام لورش الحكومة المنفتحة، يتعين إرساء نظام حكامة واضح "
        "وشفاف يراعي المعايير المنصوص عليها في إطار مبادرة شراكة الحكومة المنفتحة، ولا "
        "سيما:",
        [
            "إحداث هيئة متعددة الأطراف للإشراف على مسار الحكومة المنفتحة؛",
            "تمثيلية متكافئة للحكومة والمجتمع المدني؛",
            "اختيار ممثلي المجتمع المدني وفق منهجية موضوعية وشفافة يضعها المجتمع المدني.",
        ],
        "واستجابة لهذه المعايير، وبناء على دراسات مقارنة عديدة، تم وضع نظام للحكامة "
        "يرتكز أساسا على ثلاث هيئات: لجنة الإشراف، ولجنة التنفيذ، وفضاء المجتمع المدني.",
    ],
    "fr": [
        "Afin d'assurer le succès durable du chantier du gouvernement ouvert, un système "
        "de gouvernance clair et transparent doit être établi, qui tienne compte des "
        "normes fixées dans le cadre du Partenariat pour un gouvernement ouvert, "
        "notamment :",
        [
            "la création d'un organisme multipartite pour superviser le processus de "
            "gouvernement ouvert ;",
            "une représentation paritaire du gouvernement et de la société civile ;",
            "la sélection des représentants de la société civile selon une méthodologie "
            "objective et transparente, élaborée par la société civile.",
        ],
        "Afin de répondre à ces critères, et sur la base de nombreuses études "
        "comparatives, un système de gouvernance a été développé, reposant "
        "principalement sur trois structures : le comité de pilotage, le comité de mise "
        "en œuvre et l'espace de la société civile.",
    ],
    "en": [
        "To make the open government programme last, a clear and transparent governance "
        "system is needed that follows the standards of the Open Government "
        "Partnership, in particular:",
        [
            "a multi-stakeholder body that oversees the open government process;",
            "equal representation of government and civil society;",
            "civil society representatives selected by an objective and transparent "
            "method developed by civil society.",
        ],
        "To meet these criteria, and based on many comparative studies, a governance "
        "system was built on three bodies: the steering committee, the implementation "
        "committee and the civil society space.",
    ],
}

# (heading, body) for each of the three bodies.
BODIES: dict[str, list[tuple[str, Body]]] = {
    "ar": [
        (
            "لجنة الإشراف",
            [
                "تتكون من تمثيلية مختلطة ومتوازنة من القطاع العام والمجتمع المدني، وتهدف "
                "إلى وضع التوجهات الاستراتيجية لورش الحكومة المنفتحة والإشراف على إعداد "
                "خطط العمل الوطنية وتنفيذها وتقييمها.",
                ("h", "المهام"),
                [
                    "تحديد التوجهات الاستراتيجية لورش الحكومة المنفتحة بالمغرب؛",
                    "تقديم المشورة بشأن إعداد خطة العمل الوطنية وتنفيذها؛",
                    "الإشراف على تنفيذ خطة العمل الوطنية وعلى تقييم تنفيذها؛",
                    "تعبئة الفاعلين المعنيين.",
                ],
                ("h", "الرئاسة والتنسيق"),
                "وزارة الانتقال الرقمي وإصلاح الإدارة.",
                ("h", "الأعضاء"),
                "تتكون هذه اللجنة من تمثيلية مختلطة ومتوازنة من القطاع العام والمجتمع "
                "المدني.",
            ],
        ),
        (
            "لجنة التنفيذ",
            [
                "تتكون من ممثلي القطاعات والمؤسسات والهيئات العمومية المكلفة بتنفيذ مختلف "
                "الالتزامات المتضمنة في خطط العمل الوطنية للحكومة المنفتحة.",
                ("h", "المهام"),
                [
                    "دراسة آليات تنفيذ خطة العمل السنوية والجدولة الزمنية للأنشطة؛",
                    "تنفيذ المشاريع أو الأنشطة المضمنة في التزامات خطة العمل؛",
                    "إعداد تقارير حول سير عملية التنفيذ، واقتراح الحلول التقنية لتجاوز "
                    "الإكراهات والصعوبات المحتملة.",
                ],
                ("h", "تشكيلة اللجنة"),
                "تتكون اللجنة من رؤساء المصالح أو المكاتب المكلفة بالمشاريع والأنشطة "
                "المضمنة في التزامات خطة العمل.",
            ],
        ),
        (
            "فضاء المجتمع المدني",
            [
                "توفر هذه المنصة، المفتوحة أمام جميع منظمات المجتمع المدني المهتمة "
                "بمجالات الحكومة المنفتحة، آليات للحوار والتحسيس والتفاعل وتعزيز المشاركة "
                "في هذا الورش.",
                ("h", "المهام"),
                [
                    "يشكل هذا الفضاء منصة للاقتراح والتحسيس والتفاعل وتعزيز مشاركة "
                    "المجتمع المدني في ورش الحكومة المنفتحة، وهو مفتوح أمام جميع منظمات "
                    "المجتمع المدني المهتمة بمجالات الحكومة المنفتحة؛",
                    "هذه المنظمات مدعوة إلى الانضمام إلى مجموعات عمل موضوعاتية و/أو "
                    "ترابية لتعميق النقاش والتعاون حول المواضيع المتعلقة بالحكومة "
                    "المنفتحة.",
                ],
                ("h", "الأعضاء"),
                "فضاء المجتمع المدني مفتوح أمام جميع منظمات المجتمع المدني.",
            ],
        ),
    ],
    "fr": [
        (
            "Comité de pilotage",
            [
                "Composé d'une représentation mixte et équilibrée du secteur public et de "
                "la société civile, il définit les orientations stratégiques du chantier "
                "du gouvernement ouvert et supervise l'élaboration, la mise en œuvre et "
                "l'évaluation des plans d'action nationaux.",
                ("h", "Missions"),
                [
                    "définir les orientations stratégiques du chantier du gouvernement "
                    "ouvert au Maroc ;",
                    "conseiller sur la préparation et la mise en œuvre du plan d'action "
                    "national ;",
                    "superviser la mise en œuvre du plan d'action national et "
                    "l'évaluation de cette mise en œuvre ;",
                    "mobiliser les acteurs concernés.",
                ],
                ("h", "Présidence et coordination"),
                "Ministère de la Transition numérique et de la Réforme de "
                "l'administration.",
                ("h", "Membres"),
                "Ce comité est composé d'une représentation mixte et équilibrée du "
                "secteur public et de la société civile.",
            ],
        ),
        (
            "Comité de mise en œuvre",
            [
                "Il est composé des représentants des départements, établissements et "
                "organismes publics chargés de réaliser les différents engagements des "
                "plans d'action nationaux pour le gouvernement ouvert.",
                ("h", "Missions"),
                [
                    "étudier les modalités de mise en œuvre du plan d'action annuel et le "
                    "calendrier des activités ;",
                    "réaliser les projets ou activités inscrits dans les engagements du "
                    "plan d'action ;",
                    "établir des rapports sur l'avancement de la mise en œuvre et "
                    "proposer des solutions techniques pour surmonter les contraintes et "
                    "difficultés éventuelles.",
                ],
                ("h", "Composition"),
                "Le comité est composé des chefs des services ou bureaux chargés des "
                "projets et activités inscrits dans les engagements du plan d'action.",
            ],
        ),
        (
            "Espace de la société civile",
            [
                "Ouverte à toutes les organisations de la société civile intéressées par "
                "les thématiques du gouvernement ouvert, cette plateforme offre des "
                "mécanismes de dialogue, de sensibilisation et d'interaction, et renforce "
                "la participation à ce chantier.",
                ("h", "Missions"),
                [
                    "cet espace est une plateforme de proposition, de sensibilisation et "
                    "d'interaction, qui renforce la participation de la société civile "
                    "au chantier du gouvernement ouvert ; il est ouvert à toutes les "
                    "organisations de la société civile intéressées par les thématiques "
                    "du gouvernement ouvert ;",
                    "ces organisations sont invitées à rejoindre des groupes de travail "
                    "thématiques et/ou territoriaux pour approfondir la réflexion et la "
                    "collaboration sur les sujets du gouvernement ouvert.",
                ],
                ("h", "Membres"),
                "L'espace de la société civile est ouvert à toutes les organisations de "
                "la société civile.",
            ],
        ),
    ],
    "en": [
        (
            "Steering committee",
            [
                "Made up of a mixed and balanced representation of the public sector and "
                "civil society, it sets the strategic direction of the open government "
                "programme and oversees the preparation, implementation and evaluation "
                "of the national action plans.",
                ("h", "Missions"),
                [
                    "set the strategic direction of open government in Morocco;",
                    "advise on preparing and implementing the national action plan;",
                    "oversee the implementation of the national action plan and its "
                    "evaluation;",
                    "mobilise the actors concerned.",
                ],
                ("h", "Chair and coordination"),
                "Ministry of Digital Transition and Administrative Reform.",
                ("h", "Members"),
                "A mixed and balanced representation of the public sector and civil "
                "society.",
            ],
        ),
        (
            "Implementation committee",
            [
                "Representatives of the departments, institutions and public bodies in "
                "charge of the commitments of the national open government action plans.",
                ("h", "Missions"),
                [
                    "study how the annual action plan is carried out and the timetable "
                    "of activities;",
                    "carry out the projects or activities of the action plan's "
                    "commitments;",
                    "report on progress and propose technical solutions to overcome "
                    "possible constraints and difficulties.",
                ],
                ("h", "Membership"),
                "The heads of the services or offices in charge of the projects and "
                "activities of the action plan's commitments.",
            ],
        ),
        (
            "Civil society space",
            [
                "Open to every civil society organisation interested in open government, "
                "this platform offers ways to talk, raise awareness, interact and take "
                "part in the programme.",
                ("h", "Missions"),
                [
                    "a platform for proposals, awareness and interaction that strengthens "
                    "civil society's part in open government, open to every interested "
                    "civil society organisation;",
                    "these organisations are invited to join thematic and/or territorial "
                    "working groups to deepen discussion and collaboration.",
                ],
                ("h", "Members"),
                "The civil society space is open to every civil society organisation.",
            ],
        ),
    ],
}

# Links at the end of the page: (title, text, link text) keyed by target.
LINKS = {
    "charter": {
        "ar": (
            "دليل لجنة الإشراف",
            "المواد الثلاث عشرة التي تضبط تشكيلة لجنة الإشراف واختيار أعضائها واجتماعاتها "
            "وأدوارهم.",
            "قراءة الدليل",
        ),
        "fr": (
            "Charte du comité de pilotage",
            "Les treize articles qui régissent la composition du comité, la sélection de "
            "ses membres, ses réunions et leurs rôles.",
            "Lire la charte",
        ),
    },
    "meeting": {
        "ar": (
            "تقرير اجتماع لجنة الإشراف - 30 شتنبر 2022",
            "المشاركون وجدول الأعمال والنقاط المتداولة والمتفق عليها.",
            "قراءة التقرير",
        ),
        "fr": (
            "Compte rendu du comité de pilotage du 30 septembre 2022",
            "Participants, ordre du jour, points discutés et points convenus.",
            "Lire le compte rendu",
        ),
    },
    "civil_society": {
        "ar": (
            "فضاء المجتمع المدني",
            "قنوات المشاركة المفتوحة أمام منظمات المجتمع المدني والمواطنين.",
            "زيارة الفضاء",
        ),
        "fr": (
            "Espace de la société civile",
            "Les canaux de participation ouverts aux organisations de la société civile "
            "et aux citoyens.",
            "Visiter l'espace",
        ),
        "en": (
            "Civil society space",
            "The participation channels open to civil society organisations and "
            "citizens.",
            "Visit the space",
        ),
    },
}

DOCUMENTS_HEADING = {
    "ar": "للمزيد",
    "fr": "Pour aller plus loin",
    "en": "Find out more",
}
