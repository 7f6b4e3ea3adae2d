"""English source text of the demo site.

Every string here is translated in ``home/demo/locale/<language>.po`` (msgid =
the English text as wagtail-localize extracts it). ``load_demo`` builds the
English pages from this module and the other languages through wagtail-localize,
exactly as an editor's translation would be.
"""

import datetime


# Stable StreamField block ids keep translation contexts the same on every load.
def block_id(name):
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"symbios-demo/{name}"))


def rich(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


FUNDING_ACKNOWLEDGEMENT = (
    "Co-funded by the European Union. Views and opinions expressed are those of the "
    "authors only and do not necessarily reflect those of the European Union or the "
    "granting authority. Neither the European Union nor the granting authority can be "
    "held responsible for them."
)

PARTNERS = [
    # (name, country, website)
    ("Universidade Portucalense", "PT", "https://www.upt.pt/"),
    ("Regional Development Agency of the Ljubljana Urban Region", "SI", "https://www.rralur.si/"),
    ("Enterprise Estonia (EIS)", "EE", "https://eis.ee/"),
    ("Pielinen Karelia Development Centre (PIKES)", "FI", "https://www.pikes.fi/"),
]

PEOPLE = [
    {
        "key": "trainer-ce",
        "name": "Kadri Tamm",
        "kind": "trainer",
        "role": "Circular economy trainer and start-up founder",
        "bio": (
            "Kadri has trained adults for twelve years and runs a start-up that helps "
            "companies find buyers for their surplus materials. She teaches the circular "
            "economy at business schools and leads company workshops on resource mapping."
        ),
    },
    {
        "key": "trainer-env",
        "name": "Paula Kivi",
        "kind": "trainer",
        "role": "Environmental expert",
        "bio": (
            "Paula helps industrial companies draw up green roadmaps and reduce their "
            "environmental impact. Before consulting she ran internal audits and "
            "environmental assessments in the automotive industry."
        ),
    },
    {
        "key": "trainer-research",
        "name": "Margit Lepp",
        "kind": "trainer",
        "role": "Industrial symbiosis researcher",
        "bio": (
            "Margit studies how symbiotic supply chains work and how companies and the "
            "state can support industrial symbiosis from the bottom up, including the "
            "barriers that stop good ideas from becoming exchanges."
        ),
    },
    {
        "key": "mentor-energy",
        "name": "Pekka Hirvonen",
        "kind": "mentor",
        "role": "Business adviser and workshop facilitator",
        "bio": (
            "Pekka has facilitated resource workshops with the FISS method and follows up "
            "the collaboration opportunities that companies find there, locally and "
            "regionally."
        ),
    },
    {
        "key": "contact",
        "name": "Ana Novak",
        "kind": "contact",
        "role": "Programme coordinator",
        "bio": "Ana answers questions about courses, workshops and joining the community.",
        "email": "contact@symbios.test",
    },
]

HOME = {
    "title": "Home",
    "slug": "home",
    "search_description": (
        "Free online courses on industrial symbiosis in five languages: how one "
        "organisation's by-products, energy, water, space and skills become another's "
        "resources."
    ),
    "hero_title": "Learn industrial symbiosis, then put it to work",
    "hero_text": (
        "Free online courses, in five languages, on turning one organisation's "
        "by-products, surplus energy, spare space, services and expertise into another's "
        "resources and into new business."
    ),
    "hero_link_label": "What is industrial symbiosis?",
    "intro": rich(
        "Industrial symbiosis means that one organisation's surplus becomes another's "
        "input. It saves raw materials, keeps waste out of landfill, cuts emissions and "
        "costs, and creates business between neighbours who had never spoken before.",
        "The platform grows out of European projects in Estonia, Finland, Slovenia and "
        "Portugal that have shown how companies find each other when someone gives them "
        "the knowledge, the method and the time.",
    ),
    # (key, title, text, slug of the page the card links to). Only what exists: the
    # catalogue ("courses") is linked by the courses demo, which builds it.
    "highlights": [
        (
            "courses",
            "Courses in five languages",
            "Learn at your own pace with short lessons, case studies and quizzes. Your "
            "progress follows you from one language to another.",
            "courses",
        ),
        (
            "certificates",
            "A certificate for every course",
            "Complete a course to receive a certificate as a PDF and an Open Badge, with a "
            "public page where anyone can check it.",
            "courses",
        ),
        (
            "why",
            "Why industrial symbiosis pays",
            "Income from by-products, lower bills for waste, energy and water, new partners "
            "close to home, and what still holds exchanges back.",
            "about-industrial-symbiosis",
        ),
        (
            "people",
            "Trainers and mentors",
            "Meet the people who teach the courses and who accompany companies while they "
            "test a symbiosis.",
            "trainers-and-mentors",
        ),
    ],
    "cta_title": "Start learning for free",
    "cta_text": (
        "Create a free account to take the courses, keep your progress in every language "
        "and earn certificates."
    ),
    "funding_acknowledgement": FUNDING_ACKNOWLEDGEMENT,
    "certificate_issuer": (
        "Issued by the partners of the Erasmus+ project SYMBIOS in Estonia, Finland, "
        "Portugal and Slovenia"
    ),
}

ABOUT = {
    "title": "About industrial symbiosis",
    "slug": "about-industrial-symbiosis",
    "search_description": "What industrial symbiosis is, why it pays and what holds it back.",
    "intro": (
        "Industrial symbiosis is a network of organisations in which one's by-product, "
        "waste or spare capacity becomes another's resource. It is one of the most "
        "practical ways to move from a linear economy to a circular one."
    ),
    "body": [
        ("heading", "what", {"text": "What it is", "level": "h2"}),
        (
            "paragraph",
            "what-text",
            rich(
                "In a linear economy materials are taken, made into products and thrown "
                "away. In industrial symbiosis the flows are connected: the surplus heat of "
                "a factory warms a greenhouse, sawdust becomes fuel, and the spent grain of "
                "a brewery feeds cattle.",
                "The best-known example is Kalundborg in Denmark, where a power station, a "
                "refinery, a pharmaceutical plant and the town have exchanged steam, water, "
                "gypsum and other by-products for decades.",
            ),
        ),
        (
            "callout",
            "more-than-materials",
            {
                "kind": "tip",
                "title": "Resources are more than materials",
                "text": rich(
                    "Energy surpluses, water, spare warehouse or office space, idle "
                    "equipment, logistics, services and expertise can all be shared."
                ),
            },
        ),
        ("heading", "why", {"text": "Why it pays", "level": "h2"}),
        (
            "paragraph",
            "why-list",
            bullets(
                "Income from selling by-products or idle stock",
                "Lower waste disposal costs",
                "Less raw material, energy and water to buy",
                "New partners and new business ideas close to home",
            ),
        ),
        ("heading", "barriers", {"text": "What holds it back", "level": "h2"}),
        (
            "paragraph",
            "barriers-text",
            rich(
                "Companies meet legal, economic, market and financial barriers. Just as "
                "often the obstacle is knowledge: people do not know the circular "
                "strategies, or how to start an exchange in practice, and neither do many "
                "of the organisations that support businesses.",
                "Building a symbiosis takes time, data, mutual trust, experience and "
                "skills. That is why Symbios combines learning with a place to meet "
                "partners.",
            ),
        ),
        (
            "quote",
            "quote",
            {
                "text": (
                    "Industrial symbiosis is not a new pet but a network that earns money: "
                    "it cuts costs and raises income with simple steps, such as talking to "
                    "other companies."
                ),
                "attribution": "From the Estonian county programme",
            },
        ),
        ("heading", "how", {"text": "How Symbios helps", "level": "h2"}),
        (
            "paragraph",
            "how-text",
            rich(
                "Today you can take courses at your own pace in five languages, test what "
                "you have learned in quizzes and earn a certificate you can share. "
                "Self-assessments of the skills you still lack, a directory of "
                "organisations and a resource exchange are being prepared."
            ),
        ),
    ],
}

TEAM = {
    "title": "Trainers and mentors",
    "slug": "trainers-and-mentors",
    "search_description": "The people who teach the courses and mentor new symbioses.",
    "intro": (
        "Our trainers teach the courses and lead workshops; mentors accompany companies "
        "while they test a symbiosis."
    ),
    "body": [
        ("people", "trainers", {"heading": "Trainers", "kind": "trainer"}),
        ("people", "mentors", {"heading": "Mentors", "kind": "mentor"}),
        ("people", "contacts", {"heading": "Contact", "kind": "contact"}),
    ],
}

NEWS_INDEX = {
    "title": "News",
    "slug": "news",
    "search_description": "News from the Symbios partners and programmes.",
    "intro": rich(
        "Workshops, pilots and results from industrial symbiosis programmes across Europe."
    ),
}

NEWS = [
    {
        "key": "fiss",
        "title": "160 free resources found in two days: FISS workshops in North Karelia",
        "slug": "fiss-workshops-north-karelia",
        "date": datetime.date(2015, 5, 15),
        "tags": ["FISS", "Finland", "workshops"],
        "authors": ["mentor-energy"],
        "lead": (
            "Two resource workshops in Lieksa and Kitee showed how fast companies find "
            "each other when they put their free resources on the table."
        ),
        "body": [
            (
                "paragraph",
                "fiss-intro",
                rich(
                    "The first events of the North Karelia industrial symbiosis project "
                    "were resource workshops in Lieksa and Kitee. They followed the FISS "
                    "model, the Finnish Industrial Symbiosis System.",
                    "In two days, participants found 160 free resources or services and "
                    "recorded 79 opportunities for collaboration between companies. "
                    "Lieksa had 22 participants and Kitee 25.",
                ),
            ),
            ("heading", "fiss-method", {"text": "How the method works", "level": "h2"}),
            (
                "paragraph",
                "fiss-method-text",
                rich(
                    "Participants work in groups. Each resource owner presents what they "
                    "have free. If someone in the group could use it, their name is "
                    "written on the resource card at once, so every opportunity has a "
                    "name attached before the coffee break.",
                ),
            ),
            (
                "callout",
                "fiss-after",
                {
                    "kind": "info",
                    "title": "After the workshop",
                    "text": rich(
                        "The results went into the national SYNERGie resource database, "
                        "and every company received a report of its own session. The "
                        "facilitators then followed up the opportunities locally and "
                        "regionally."
                    ),
                },
            ),
            (
                "quote",
                "fiss-quote",
                {
                    "text": (
                        "The workshop put me in direct contact with new potential "
                        "partners. We talked about free resources and new ways of "
                        "doing business."
                    ),
                    "attribution": "A waste management entrepreneur who took part in Lieksa",
                },
            ),
            (
                "paragraph",
                "fiss-more",
                rich(
                    "The same project offers companies a light review of their energy use "
                    "and savings potential, and a review of their material efficiency."
                ),
            ),
        ],
    },
    {
        "key": "estonia",
        "title": "Starting industrial symbiosis in Estonian counties",
        "slug": "industrial-symbiosis-estonian-counties",
        "date": datetime.date(2024, 5, 23),
        "tags": ["Estonia", "programmes"],
        "authors": ["trainer-ce"],
        "lead": (
            "A two-phase programme invites companies in Viljandimaa, Järvamaa, Pärnumaa and "
            "Harjumaa to map their resources, meet partners and test a symbiosis with a "
            "mentor."
        ),
        "body": [
            (
                "paragraph",
                "ee-who",
                rich(
                    "Thirty places are available in each county. A company can join if it "
                    "creates resources or by-products that another company could use, is "
                    "ready to contribute to a circular economy and can send at least one "
                    "person. Companies from other counties can follow the seminar online."
                ),
            ),
            ("heading", "ee-phase1", {"text": "Phase I: seminar and workshop", "level": "h2"}),
            (
                "paragraph",
                "ee-phase1-text",
                rich(
                    "The first phase is free. After an introduction to the circular economy "
                    "and industrial symbiosis, companies map their own resources and then "
                    "look for matches in a brainstorm. The findings do not oblige anyone to "
                    "enter a symbiosis."
                ),
            ),
            (
                "heading",
                "ee-phase2",
                {"text": "Phase II: two months with a mentor", "level": "h2"},
            ),
            (
                "paragraph",
                "ee-phase2-text",
                rich(
                    "Companies that want to go further register as symbiosis participants "
                    "and may work with a mentor while they test an exchange. The terms, "
                    "such as price, logistics, guarantees and the condition of the "
                    "resource, are agreed between the companies alone."
                ),
            ),
            ("heading", "ee-timeline", {"text": "Timeline", "level": "h2"}),
            (
                "paragraph",
                "ee-timeline-list",
                bullets(
                    "23 May 2024: first meeting with the interested counties",
                    "28 August 2024: visit to an industrial park",
                    "8 September 2024: registration deadline",
                    "10 September 2024: seminar and workshop in Türi",
                    "16 September to 17 November 2024: testing symbioses in the regions",
                    "15 January 2025: public summary of the results",
                ),
            ),
        ],
    },
    {
        "key": "symbios",
        "title": "SYMBIOS: a digital platform to learn and practise industrial symbiosis",
        "slug": "symbios-digital-platform",
        "date": datetime.date(2025, 9, 10),
        "tags": ["SYMBIOS", "Erasmus+", "focus groups"],
        "authors": ["trainer-research"],
        "lead": (
            "The Erasmus+ project SYMBIOS studies industrial symbiosis in the agri-food and "
            "leather sectors and builds an online course and an open community for "
            "matching resources."
        ),
        "body": [
            (
                "paragraph",
                "sy-goals",
                rich(
                    "SYMBIOS models how industrial symbiosis works and which knowledge and "
                    "skills are missing. Its digital platform is both an interactive online "
                    "course for lifelong learning in the green and circular economy and a "
                    "community that works as an open database, where stakeholders connect "
                    "and supply and demand of resources are matched.",
                ),
            ),
            ("heading", "sy-who", {"text": "Who it is for", "level": "h2"}),
            (
                "paragraph",
                "sy-who-list",
                bullets(
                    "Companies and industrial production systems",
                    "Entrepreneurs, managers and workers of any sector and size",
                    "Staff of business associations and clusters",
                    "Environmental consultancies and public administration",
                    "Researchers, jobseekers and sole traders",
                ),
            ),
            ("heading", "sy-focus", {"text": "Focus groups", "level": "h2"}),
            (
                "paragraph",
                "sy-focus-text",
                rich(
                    "Each partner runs short online focus groups of about an hour with at "
                    "least six stakeholders on trends and topics of interest. Wider "
                    "surveys, interviews and beta-testing of the course follow.",
                    "The consortium met for the first time on 9 and 10 September 2025 at "
                    "Universidade Portucalense in Porto.",
                ),
            ),
        ],
    },
    {
        "key": "symbi",
        "title": "SYMBI pilot trains the Ljubljana urban region",
        "slug": "symbi-pilot-ljubljana",
        "date": datetime.date(2023, 3, 1),
        "tags": ["Slovenia", "training"],
        "authors": ["trainer-env"],
        "lead": (
            "A pilot of the Interreg Europe project SYMBI gave regional stakeholders the "
            "knowledge and practice they need to start industrial symbioses."
        ),
        "body": [
            (
                "paragraph",
                "symbi-why",
                rich(
                    "The SYMBI project found barriers to industrial symbiosis in law, "
                    "economics, markets and finance. One of the biggest is a lack of "
                    "knowledge about circular strategies and about doing symbiosis in "
                    "practice, both in companies and in the organisations that support "
                    "them.",
                ),
            ),
            ("heading", "symbi-training", {"text": "What the training covered", "level": "h2"}),
            (
                "paragraph",
                "symbi-topics",
                bullets(
                    "The circular economy concept and its legislation",
                    "Business models and benefits of industrial symbiosis",
                    "Legal aspects, barriers and opportunities",
                    "Good practices from Slovenia and abroad",
                    "A practical part in which participants identified potential partner "
                    "companies",
                ),
            ),
        ],
    },
]
