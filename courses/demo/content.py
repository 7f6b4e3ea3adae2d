"""English source text of the demo courses.

``GLOSSARY`` and ``COURSES`` follow ``courses/demo/FORMAT.md``. Every string is
translated through wagtail-localize, one paragraph or list item per segment, so
the rich text uses only paragraphs and bulleted lists.
"""

from home.demo.content import bullets, rich

GLOSSARY = [
    {
        "key": "industrial-symbiosis",
        "term": "Industrial symbiosis",
        "definition": (
            "Collaboration in which organisations, often from different sectors, use each "
            "other's surplus resources as inputs: by-products, waste, energy, heat, water, "
            "space, equipment, services or expertise. Both sides gain, and fewer primary "
            "resources are used."
        ),
    },
    {
        "key": "circular-economy",
        "term": "Circular economy",
        "definition": (
            "An economy that keeps products, components and materials in use at their "
            "highest value for as long as possible and designs out waste. It replaces the "
            "linear model of take, make and throw away."
        ),
    },
    {
        "key": "by-product",
        "term": "By-product",
        "definition": (
            "A substance or object that results from a production process whose main aim is "
            "not to produce it. Under EU waste law it can be treated as a by-product rather "
            "than waste if its further use is certain, direct, part of the production "
            "process and lawful."
        ),
    },
    {
        "key": "resource-mapping",
        "term": "Resource mapping",
        "definition": (
            "A structured inventory of what an organisation takes in and gives out: "
            "materials, energy, water, space, equipment, services and skills, with amounts, "
            "quality, timing and current costs. It shows what you could offer and what you "
            "need."
        ),
    },
    {
        "key": "matchmaking",
        "term": "Matchmaking",
        "definition": (
            "Bringing together an organisation that has a surplus resource and one that "
            "could use it. It can happen at a facilitated workshop, through a database or "
            "online platform, or through personal contacts."
        ),
    },
    {
        "key": "fiss",
        "term": "FISS",
        "definition": (
            "The Finnish Industrial Symbiosis System: Finland's facilitated model for "
            "promoting industrial symbiosis, adapted from the UK's NISP method. Regional "
            "facilitators run resource workshops and record resources and opportunities in "
            "the national SYNERGie database."
        ),
    },
    {
        "key": "eco-industrial-park",
        "term": "Eco-industrial park",
        "definition": (
            "An industrial area planned or managed so that its companies share "
            "infrastructure, services and resource flows. As a whole, the park uses fewer "
            "resources and produces less waste than its companies would on their own."
        ),
    },
    {
        "key": "waste-hierarchy",
        "term": "Waste hierarchy",
        "definition": (
            "The order of priority for dealing with waste set in EU law: prevention, "
            "preparing for re-use, recycling, other recovery such as energy recovery, and "
            "last of all disposal."
        ),
    },
    {
        "key": "synergy",
        "term": "Synergy",
        "definition": (
            "In industrial symbiosis, one concrete exchange or shared use of a resource "
            "between two or more organisations, such as steam piped from a power station to "
            "a factory. A symbiosis network is made up of many synergies."
        ),
    },
    {
        "key": "facilitator",
        "term": "Facilitator",
        "definition": (
            "A neutral person who helps organisations find and develop symbiosis "
            "opportunities. A facilitator runs workshops, spots matches, brings in experts "
            "and follows each opportunity up until the exchange works or is dropped."
        ),
    },
]


# ---------------------------------------------------------------------------
# Course 1: Industrial symbiosis basics
# ---------------------------------------------------------------------------

BASICS_M1 = {
    "key": "b-m1",
    "title": "Why industrial symbiosis?",
    "slug": "why-industrial-symbiosis",
    "introduction": rich(
        "This module explains what industrial symbiosis is, how it fits into the circular "
        "economy and why it pays for the organisations that take part.",
        "You will also see that the resources worth exchanging are much more than waste "
        "materials. The module ends with a short quiz.",
    ),
    "unlock_after_previous": False,
    "lessons": [
        {
            "key": "b-m1-l1",
            "title": "From a linear to a circular economy",
            "slug": "from-linear-to-circular",
            "minutes": 25,
            "body": [
                (
                    "heading",
                    "b-m1-l1-h1",
                    {"text": "The problem with take, make and throw away", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m1-l1-p1",
                    rich(
                        "Most of today's economy is linear. We extract raw materials, turn "
                        "them into products, use them and throw them away. Every step also "
                        "produces side streams that nobody planned to sell: offcuts, sludge, "
                        "dust, heat, waste water and packaging. In a linear economy these are "
                        "a cost. Someone has to pay to store them, move them and dispose of "
                        "them.",
                        "This model is under pressure. Prices of raw materials and energy "
                        "rise and fall sharply, disposal fees and landfill taxes go up, "
                        "supply chains break, and customers and regulators ask companies to "
                        "cut their emissions. A business that depends only on new materials "
                        "and pays to get rid of its leftovers is exposed to all these risks "
                        "at once.",
                    ),
                ),
                ("heading", "b-m1-l1-h2", {"text": "The circular alternative", "level": "h2"}),
                (
                    "paragraph",
                    "b-m1-l1-p2",
                    rich(
                        "A circular economy keeps products, components and materials in use "
                        "for as long as possible and at the highest possible value. It works "
                        "through many strategies: products designed to last and to be "
                        "repaired, sharing, reuse, remanufacturing and recycling, and "
                        "connections between companies so that what one leaves over, another "
                        "uses.",
                    ),
                ),
                ("glossary_term", "b-m1-l1-g1", {"term": "circular-economy"}),
                (
                    "paragraph",
                    "b-m1-l1-p3",
                    rich(
                        "That last strategy is industrial symbiosis. The name comes from "
                        "biology, where symbiosis means different organisms living together "
                        "to the benefit of each. In industry the organisms are companies, "
                        "farms, utilities and other organisations. The surplus of one becomes "
                        "an input for another, usually nearby, and both come out ahead.",
                    ),
                ),
                ("glossary_term", "b-m1-l1-g2", {"term": "industrial-symbiosis"}),
                (
                    "callout",
                    "b-m1-l1-c1",
                    {
                        "kind": "key",
                        "title": "One organisation's surplus is another's input",
                        "text": rich(
                            "Industrial symbiosis is not charity and not a trick to get rid "
                            "of waste. Each exchange is a business deal: the supplier saves "
                            "disposal costs or earns income, and the receiver gets an input "
                            "that is cheaper, closer or greener than the alternative.",
                        ),
                    },
                ),
                (
                    "heading",
                    "b-m1-l1-h3",
                    {"text": "Where symbiosis sits in the waste hierarchy", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m1-l1-p4",
                    rich(
                        "European waste law ranks the ways of dealing with waste. The best "
                        "option is to prevent it. Next come preparing for re-use, recycling "
                        "and other recovery, such as burning for energy. Disposal, for "
                        "example in landfill, comes last.",
                        "Industrial symbiosis helps at several levels. When a side stream is "
                        "used directly as a raw material by another company, it may never "
                        "become waste at all. When it needs treatment, symbiosis can find a "
                        "recycling or recovery route that is closer and more valuable than "
                        "disposal. Prevention inside your own processes still comes first: "
                        "symbiosis is for what remains.",
                    ),
                ),
                ("glossary_term", "b-m1-l1-g3", {"term": "waste-hierarchy"}),
                (
                    "paragraph",
                    "b-m1-l1-p5",
                    rich(
                        "Industrial symbiosis is not only for heavy industry. Bakeries, "
                        "dairies, tanneries, sawmills, builders, hospitals, schools and "
                        "municipalities all have surplus resources. Three things are needed: "
                        "someone who knows about the surplus, someone who needs it, and a way "
                        "for the two to meet.",
                    ),
                ),
            ],
        },
        {
            "key": "b-m1-l2",
            "title": "What symbiosis brings: the business case",
            "slug": "the-business-case",
            "minutes": 25,
            "body": [
                (
                    "heading",
                    "b-m1-l2-h1",
                    {"text": "Benefits for the companies involved", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m1-l2-p1",
                    rich(
                        "Companies usually start a symbiosis for economic reasons, and the "
                        "environmental gains follow. The Estonian county programme that you "
                        "will meet in Module 3 promised its participants more income, lower "
                        "waste-disposal costs and less use of raw materials, energy and "
                        "water. Most exchanges deliver a mix of the following:",
                    ),
                ),
                (
                    "paragraph",
                    "b-m1-l2-list1",
                    bullets(
                        "Income: selling a by-product or idle stock turns a cost into revenue.",
                        "Lower costs: less waste to collect, store, treat and dispose of, and "
                        "fewer fees and taxes to pay.",
                        "Fewer purchases: by-products can replace part of the raw materials, "
                        "energy and water a company buys.",
                        "Lower emissions: reusing materials and heat avoids the CO2 of "
                        "producing and transporting new ones.",
                        "New relationships: neighbours who meet over one exchange often find "
                        "others, and sometimes new products or services.",
                    ),
                ),
                ("glossary_term", "b-m1-l2-g1", {"term": "by-product"}),
                (
                    "paragraph",
                    "b-m1-l2-p2",
                    rich(
                        "A simple example: a furniture workshop pays to have its sawdust and "
                        "offcuts taken away. A nearby heating plant or pellet producer can use "
                        "them as fuel. The workshop stops paying a disposal fee and may even "
                        "be paid for the material, and the heating plant buys less fuel from "
                        "further away. Neither company has to change its core business.",
                    ),
                ),
                (
                    "heading",
                    "b-m1-l2-h2",
                    {"text": "Benefits beyond the factory gate", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m1-l2-p3",
                    rich(
                        "Regions gain too. Money that used to leave the region for raw "
                        "materials and waste transport stays with local companies. New work "
                        "appears in collecting, processing and trading secondary materials, "
                        "and in services such as logistics and testing. Public authorities "
                        "see less waste going to landfill and progress towards their climate "
                        "and circular-economy targets.",
                        "Symbiosis can also make a region more resilient. A company that gets "
                        "part of its heat or materials from a neighbour depends less on "
                        "distant suppliers and volatile world prices. The Estonian organisers "
                        "describe industrial symbiosis as one of the effective ways to move a "
                        "production area towards carbon neutrality.",
                    ),
                ),
                (
                    "callout",
                    "b-m1-l2-c1",
                    {
                        "kind": "warning",
                        "title": "Benefits are not automatic",
                        "text": rich(
                            "An exchange pays only if the resource is worth more than the "
                            "cost of moving, treating and checking it. Long transport, "
                            "irregular supply, contamination and paperwork can eat up the "
                            "gain. Every opportunity needs a realistic look at quantities, "
                            "quality and costs before anyone signs.",
                        ),
                    },
                ),
                (
                    "heading",
                    "b-m1-l2-h3",
                    {"text": "Why it does not happen by itself", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m1-l2-p4",
                    rich(
                        "If symbiosis pays, why is it not everywhere? Mostly because the "
                        "right people do not know about each other. The production manager "
                        "with ten tonnes of surplus a month rarely meets the buyer in another "
                        "sector who needs exactly that.",
                        "Building a symbiosis takes time, data, mutual trust, experience and "
                        "skills. The Estonian programme put it simply: the only difficult "
                        "parts of keeping a symbiosis alive are motivation and time. Much of "
                        "this course is about methods that supply both.",
                    ),
                ),
                (
                    "reflection",
                    "b-m1-l2-r1",
                    {
                        "prompt": (
                            "Think of one side stream or surplus in an organisation you "
                            "know: your employer, a client or a company near you. What does "
                            "it cost today, and who might pay for it or use it?"
                        ),
                        "hint": (
                            "Count the whole cost: collection fees, storage space, transport, "
                            "staff time and any disposal tax. Then think of sectors that buy "
                            "similar materials, heat or services."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "b-m1-l3",
            "title": "Resources are more than materials",
            "slug": "resources-beyond-materials",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "b-m1-l3-p1",
                    rich(
                        "When people hear the words industrial symbiosis, they usually think "
                        "of waste materials. Materials matter, but they are only one kind of "
                        "resource. The SYMBIOS project stresses that energy surpluses, "
                        "services, spaces and expertise can be shared as well. These are "
                        "often easier to start with, because they raise fewer legal questions "
                        "than waste.",
                    ),
                ),
                ("heading", "b-m1-l3-h1", {"text": "Eight kinds of resources", "level": "h2"}),
                (
                    "paragraph",
                    "b-m1-l3-list1",
                    bullets(
                        "Materials and by-products: offcuts, shavings, sludge, ash, food "
                        "residues, packaging, returned or out-of-date stock.",
                        "Energy: surplus electricity from solar panels at weekends, biogas, "
                        "combustible residues.",
                        "Heat and cold: warm cooling water, exhaust air, steam, or cold from "
                        "refrigeration.",
                        "Water: cooling water, treated process water or rainwater for uses "
                        "that do not need drinking-water quality.",
                        "Space: an empty warehouse, yard, office or cold store, a free roof "
                        "or a plot of land.",
                        "Equipment: a forklift, press, dryer, shredder or laboratory that "
                        "stands idle part of the week.",
                    ),
                ),
                (
                    "paragraph",
                    "b-m1-l3-list2",
                    bullets(
                        "Logistics: empty return trips of lorries, shared collection routes, "
                        "shared storage.",
                        "Services and expertise: a certified laboratory, a maintenance team, "
                        "a permit specialist, a designer, or skills another company lacks.",
                    ),
                ),
                (
                    "callout",
                    "b-m1-l3-c1",
                    {
                        "kind": "tip",
                        "title": "Start with what is easy to share",
                        "text": rich(
                            "Idle capacity such as space, equipment, transport and know-how "
                            "can often be shared with a simple rental or service contract. "
                            "It is a good way for two companies to build trust before they "
                            "try a more complex material exchange.",
                        ),
                    },
                ),
                ("heading", "b-m1-l3-h2", {"text": "Heat and water", "level": "h2"}),
                (
                    "paragraph",
                    "b-m1-l3-p2",
                    rich(
                        "Energy and water exchanges deserve special attention because they "
                        "are large and often invisible. Many processes reject heat at 30 to "
                        "60 °C through cooling towers or into the air. That heat is too cool "
                        "for the factory itself but can warm greenhouses, fish tanks, drying "
                        "halls or buildings, and with a heat pump it can feed district "
                        "heating. In Kalundborg, Denmark, heat recovered from treated "
                        "industrial waste water now helps to heat the town.",
                        "Water is similar. Industry rarely needs drinking-water quality for "
                        "cooling or washing. Using a neighbour's cleaned waste water or "
                        "cooling water saves a scarce resource and the energy needed to treat "
                        "it. In the Kwinana industrial area in Western Australia, recycled "
                        "municipal waste water has supplied industry since 2004.",
                    ),
                ),
                ("heading", "b-m1-l3-h3", {"text": "People and knowledge", "level": "h2"}),
                (
                    "paragraph",
                    "b-m1-l3-p3",
                    rich(
                        "Expertise is a resource too. A large company with an environmental "
                        "department may help a small neighbour with permits; a university "
                        "laboratory can test whether a by-product suits a new use; a "
                        "consultant can offer an energy review. Finnish regional projects "
                        "offer companies light reviews of their energy use and material "
                        "efficiency, which often reveal resources the company did not know "
                        "it had.",
                        "Each concrete exchange of any of these resources is called a "
                        "synergy. A symbiosis network is made of many synergies, and they can "
                        "mix kinds: a company that sells its by-product to a neighbour may "
                        "also share its lorry and its laboratory with the same partner.",
                    ),
                ),
                ("glossary_term", "b-m1-l3-g1", {"term": "synergy"}),
                (
                    "quiz",
                    "b-m1-l3-q",
                    {
                        "title": "Quiz: why industrial symbiosis?",
                        "introduction": (
                            "Four questions on the ideas of this module. You need 60% to pass."
                        ),
                        "shuffle_options": True,
                        "questions": [
                            {
                                "kind": "single",
                                "text": "Which description fits industrial symbiosis best?",
                                "explanation": (
                                    "Industrial symbiosis connects organisations so that the "
                                    "by-products, energy, water, space, equipment, services "
                                    "or expertise of one are used by another, and both gain."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": (
                                            "Collaboration in which one organisation's surplus "
                                            "resources become another organisation's inputs, "
                                            "to the benefit of both"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Correct. Surplus flows between organisations and "
                                            "both sides gain."
                                        ),
                                    },
                                    {
                                        "text": "A single company recycling its own waste on site",
                                        "correct": False,
                                        "feedback": (
                                            "Useful, but symbiosis involves at least two "
                                            "organisations."
                                        ),
                                    },
                                    {
                                        "text": "A public subsidy for companies that cut waste",
                                        "correct": False,
                                        "feedback": (
                                            "Subsidies can support it, but symbiosis itself is "
                                            "an exchange between organisations."
                                        ),
                                    },
                                    {
                                        "text": "Sending all waste to an energy-from-waste plant",
                                        "correct": False,
                                        "feedback": (
                                            "Energy recovery is low in the waste hierarchy. "
                                            "Symbiosis looks for the most valuable use."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": (
                                    "Which of these are typical benefits of industrial "
                                    "symbiosis for a company?"
                                ),
                                "explanation": (
                                    "Exchanges bring income, lower disposal costs and lower "
                                    "purchases of raw materials, energy and water. Legal "
                                    "obligations remain: some exchanges even need a permit or "
                                    "a by-product decision."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "Income from selling by-products or idle stock",
                                        "correct": True,
                                        "feedback": "Yes. A cost can become revenue.",
                                    },
                                    {
                                        "text": "Lower waste-disposal costs",
                                        "correct": True,
                                        "feedback": "Yes. Less waste means fewer fees.",
                                    },
                                    {
                                        "text": "Less raw material, energy and water to buy",
                                        "correct": True,
                                        "feedback": "Yes. By-products replace part of them.",
                                    },
                                    {
                                        "text": "No further need for environmental permits",
                                        "correct": False,
                                        "feedback": (
                                            "No. Exchanges must respect environmental law."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": (
                                    "Only materials and waste can be exchanged in industrial "
                                    "symbiosis."
                                ),
                                "explanation": (
                                    "Energy, heat, water, space, equipment, logistics, "
                                    "services and expertise can all be shared, and they are "
                                    "often the easiest place to start."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "True",
                                        "correct": False,
                                        "feedback": "Not quite. Think of heat, space and skills.",
                                    },
                                    {
                                        "text": "False",
                                        "correct": True,
                                        "feedback": "Right. Resources are more than materials.",
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "In the waste hierarchy, which option comes first?",
                                "explanation": (
                                    "The order is prevention, preparing for re-use, "
                                    "recycling, other recovery and disposal. Symbiosis deals "
                                    "with what remains after prevention."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "Preventing waste",
                                        "correct": True,
                                        "feedback": "Correct. The best waste is none.",
                                    },
                                    {
                                        "text": "Recycling",
                                        "correct": False,
                                        "feedback": "Recycling comes after prevention and re-use.",
                                    },
                                    {
                                        "text": "Energy recovery",
                                        "correct": False,
                                        "feedback": "Energy recovery is near the bottom.",
                                    },
                                    {
                                        "text": "Disposal in landfill",
                                        "correct": False,
                                        "feedback": "Disposal is the last resort.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}

BASICS_M2 = {
    "key": "b-m2",
    "title": "Learning from working examples",
    "slug": "learning-from-examples",
    "introduction": rich(
        "Industrial symbiosis has been practised for decades. This module looks at three "
        "well-documented examples: a network that grew by itself in Kalundborg, Denmark, a "
        "national programme in the United Kingdom, and a heavy-industry cluster in Western "
        "Australia.",
        "For each one, ask what made the exchanges possible and what could be copied in your "
        "own region.",
    ),
    "unlock_after_previous": True,
    "lessons": [
        {
            "key": "b-m2-l1",
            "title": "Kalundborg: a symbiosis that grew step by step",
            "slug": "kalundborg",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "b-m2-l1-p1",
                    rich(
                        "Kalundborg is a small port town on the west coast of Zealand in "
                        "Denmark. It is the best-known example of industrial symbiosis in the "
                        "world, and it was never planned as one. It grew out of a series of "
                        "bilateral deals between neighbouring companies, each of which made "
                        "business sense on its own.",
                    ),
                ),
                ("heading", "b-m2-l1-h1", {"text": "The partners", "level": "h2"}),
                (
                    "paragraph",
                    "b-m2-l1-list1",
                    bullets(
                        "A large power station, Asnæs, now run by Ørsted",
                        "An oil refinery",
                        "Pharmaceutical and enzyme plants: Novo Nordisk, which makes insulin, "
                        "and Novozymes, which makes enzymes",
                        "A plasterboard factory, Gyproc",
                        "The municipality and its utility, which supply water, waste-water "
                        "treatment and district heating",
                        "Over time also waste, soil-treatment and biogas companies",
                    ),
                ),
                ("heading", "b-m2-l1-h2", {"text": "What flows between them", "level": "h2"}),
                (
                    "paragraph",
                    "b-m2-l1-p2",
                    rich(
                        "The partners date their symbiosis from 1972, when surplus gas from "
                        "the refinery was piped to the new plasterboard factory. Over the "
                        "following decades the flows multiplied:",
                    ),
                ),
                (
                    "paragraph",
                    "b-m2-l1-list2",
                    bullets(
                        "Steam from the power station heats the refinery's tanks and pipes and "
                        "is used for heating and sterilisation at the insulin and enzyme "
                        "plants.",
                        "Heat from the power station warms homes through district heating and "
                        "has been used in fish farming.",
                        "Cooling water and treated waste water from the refinery are reused "
                        "by the power station, saving fresh water.",
                        "Gypsum from cleaning the power station's flue gas replaces natural "
                        "gypsum at the plasterboard factory.",
                        "Fly ash from the power station has gone to cement making and road "
                        "building.",
                        "Fermentation residues from insulin and enzyme production go to local "
                        "farms as fertiliser, since 2018 after first passing through a biogas "
                        "plant.",
                    ),
                ),
                (
                    "case_study",
                    "b-m2-l1-cs",
                    {
                        "title": "Kalundborg Symbiosis",
                        "organisation": "Kalundborg Symbiosis partnership",
                        "place": "Kalundborg, Denmark",
                        "summary": rich(
                            "A network of public and private companies that exchange energy, "
                            "water and materials on commercial terms. Each link was agreed "
                            "between partners because it paid, and together the links form "
                            "a network that has grown for more than fifty years.",
                            "Coordination came later: the partners now run a shared "
                            "organisation that looks for new exchanges and receives visitors "
                            "from all over the world. The figures below are the partners' "
                            "own, published in 2018.",
                        ),
                        "resources": [
                            {
                                "resource": "Steam",
                                "from_party": "Power station",
                                "to_party": "Oil refinery, insulin and enzyme plants",
                            },
                            {
                                "resource": "Gypsum from flue-gas cleaning",
                                "from_party": "Power station",
                                "to_party": "Plasterboard factory",
                            },
                            {
                                "resource": "Heat",
                                "from_party": "Power station",
                                "to_party": "District heating of the town",
                            },
                            {
                                "resource": "Cooling water and treated waste water",
                                "from_party": "Oil refinery",
                                "to_party": "Power station",
                            },
                            {
                                "resource": "Fermentation residues",
                                "from_party": "Insulin and enzyme plants",
                                "to_party": "Biogas plant and local farms",
                            },
                        ],
                        "outcomes": [
                            {"value": "1972", "label": "year the symbiosis dates its start from"},
                            {"value": "25", "label": "different resources shared (2018)"},
                            {"value": "635,000 t", "label": "CO2 avoided per year (2018)"},
                        ],
                    },
                ),
                ("heading", "b-m2-l1-h3", {"text": "Why it worked", "level": "h2"}),
                (
                    "paragraph",
                    "b-m2-l1-list3",
                    bullets(
                        "Proximity: the plants are close together, so pipelines and short "
                        "transport are possible.",
                        "Different sectors: the partners do not compete, so they can share "
                        "information openly.",
                        "Matching flows: large, steady by-product flows from one partner meet "
                        "steady demand at another.",
                        "Trust: managers in a small town knew each other, and informal "
                        "contacts came before formal contracts.",
                        "Business logic: each exchange had to pay for itself. Stricter rules "
                        "on water use and emissions made some of them more attractive.",
                    ),
                ),
                (
                    "callout",
                    "b-m2-l1-c1",
                    {
                        "kind": "key",
                        "title": "Symbiosis can grow from the bottom up",
                        "text": rich(
                            "Kalundborg shows that no master plan is needed. It started with "
                            "one bilateral deal, then another. What helps is a place where "
                            "partners meet regularly and someone who keeps looking for the "
                            "next link.",
                        ),
                    },
                ),
                (
                    "paragraph",
                    "b-m2-l1-p3",
                    rich(
                        "Kalundborg is often called an eco-industrial park, but strictly it "
                        "is not a park: the partners are spread around a town and were never "
                        "placed there by one developer. Planned eco-industrial parks try to "
                        "build the same advantages in from the start.",
                    ),
                ),
                ("glossary_term", "b-m2-l1-g1", {"term": "eco-industrial-park"}),
            ],
        },
        {
            "key": "b-m2-l2",
            "title": "NISP: a national programme that matches companies",
            "slug": "nisp-national-programme",
            "minutes": 25,
            "body": [
                (
                    "paragraph",
                    "b-m2-l2-p1",
                    rich(
                        "Kalundborg grew on its own over decades. Most regions cannot wait "
                        "that long. The United Kingdom's National Industrial Symbiosis "
                        "Programme, NISP, showed that symbiosis can be actively facilitated "
                        "across a whole country, between companies that are not neighbours "
                        "and had never thought of working together.",
                    ),
                ),
                ("heading", "b-m2-l2-h1", {"text": "How NISP worked", "level": "h2"}),
                (
                    "paragraph",
                    "b-m2-l2-p2",
                    rich(
                        "NISP began with regional pilots, including one in the West Midlands "
                        "in 2003, and became a national programme in 2005 with government "
                        "funding. It was devised and run by the company International "
                        "Synergies. Membership was free for companies while public funding "
                        "lasted; when that funding ended in 2012, the network moved to a "
                        "subscription model.",
                        "The method rests on a few simple ideas:",
                    ),
                ),
                (
                    "paragraph",
                    "b-m2-l2-list1",
                    bullets(
                        "Regional practitioners, facilitators with industrial experience, "
                        "visit companies and learn about their resources and needs.",
                        "Workshops bring companies from many sectors into one room to list "
                        "what they have and what they need.",
                        "All resources, needs and opportunities are recorded in a database, "
                        "so that matches can also be found across regions.",
                        "Every resource counts: materials, water, energy, logistics, assets "
                        "and expertise.",
                        "Results are measured: tonnes kept out of landfill, money saved and "
                        "earned, CO2 avoided and jobs.",
                    ),
                ),
                ("glossary_term", "b-m2-l2-g1", {"term": "facilitator"}),
                (
                    "case_study",
                    "b-m2-l2-cs",
                    {
                        "title": "National Industrial Symbiosis Programme (NISP)",
                        "organisation": "International Synergies",
                        "place": "United Kingdom",
                        "summary": rich(
                            "A facilitated network that matched the resources and needs of "
                            "thousands of member companies from every sector. Practitioners "
                            "found opportunities at workshops and site visits and followed "
                            "them up until they became deals.",
                            "One example: when Thames Water replaced old Victorian water mains, "
                            "the clay and spoil dug out of the streets was recovered, "
                            "processed and used to build infrastructure at a deposition site, "
                            "with three other companies involved. In three years this kept "
                            "more than 230,000 tonnes of excavated material out of landfill.",
                            "The figures below are those the programme reported in 2012.",
                        ),
                        "resources": [
                            {
                                "resource": "Clay and spoil from water-main replacement",
                                "from_party": "Thames Water",
                                "to_party": "Infrastructure works at a deposition site",
                            },
                            {
                                "resource": "Materials, water, energy, logistics and expertise",
                                "from_party": "Member companies",
                                "to_party": "Other member companies in any sector",
                            },
                        ],
                        "outcomes": [
                            {"value": "15,000", "label": "member businesses"},
                            {
                                "value": "38 million t",
                                "label": "materials reused that had been seen as waste",
                            },
                            {"value": "71 million t", "label": "industrial water saved"},
                            {"value": "£1 billion+", "label": "saved by UK firms"},
                            {"value": "£993 million", "label": "in sales generated"},
                        ],
                    },
                ),
                (
                    "heading",
                    "b-m2-l2-h2",
                    {"text": "What other countries took from NISP", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m2-l2-p3",
                    rich(
                        "NISP's approach has been adapted in many other countries. Finland's "
                        "FISS model, which you will study in Module 3, was developed by the "
                        "Finnish innovation fund Sitra and the sustainable-development company "
                        "Motiva on the basis of the NISP method, adapted to Finnish "
                        "conditions.",
                        "Two lessons travel especially well. First, a facilitator who visits "
                        "many companies sees matches that no single company would notice. "
                        "Second, recording every resource and opportunity makes it possible "
                        "to follow them up and to show what the programme achieved.",
                    ),
                ),
                (
                    "callout",
                    "b-m2-l2-c1",
                    {
                        "kind": "tip",
                        "title": "The value of a neutral facilitator",
                        "text": rich(
                            "Companies often tell a neutral facilitator about resources and "
                            "needs that they would never mention to a possible competitor or "
                            "customer. Use facilitators where they exist, and ask your "
                            "business association or development agency where to find them.",
                        ),
                    },
                ),
            ],
        },
        {
            "key": "b-m2-l3",
            "title": "Kwinana and what successful networks share",
            "slug": "kwinana-and-success-factors",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "b-m2-l3-p1",
                    rich(
                        "The Kwinana Industrial Area lies on the coast south of Perth in "
                        "Western Australia. Since the 1950s it has grown into one of "
                        "Australia's largest concentrations of heavy industry. Over the "
                        "years it has been home to alumina, nickel and oil refineries, "
                        "producers of titanium dioxide and chemicals, cement and lime kilns, "
                        "power and cogeneration plants, air-separation units and "
                        "water-treatment plants.",
                        "Because these companies make very different products, they do not "
                        "compete for customers, but they handle large flows of water, energy, "
                        "gases and mineral residues. Researchers from Curtin University "
                        "counted 47 existing synergies in the late 2000s. The Kwinana Industries "
                        "Council, which represents the companies, now reports more than 150 "
                        "documented product and by-product exchanges.",
                    ),
                ),
                (
                    "paragraph",
                    "b-m2-l3-p2",
                    rich(
                        "One exchange shows how creative synergies can be. Alumina refining "
                        "leaves a strongly alkaline residue, often called red mud. At "
                        "Kwinana, Alcoa bubbles waste carbon dioxide from a nearby ammonia "
                        "plant through the residue. This lowers its alkalinity, which makes "
                        "it safer to store and possibly reusable, and locks up carbon dioxide "
                        "that would otherwise go into the air.",
                    ),
                ),
                (
                    "case_study",
                    "b-m2-l3-cs",
                    {
                        "title": "Kwinana Industrial Area",
                        "organisation": "Kwinana Industries Council and its member companies",
                        "place": "Kwinana, Western Australia",
                        "summary": rich(
                            "Scarce water and the need to protect the nearby marine area of "
                            "Cockburn Sound pushed companies to share water, energy and "
                            "by-products. By the late 1990s local groundwater was fully "
                            "allocated, so the water utility built a plant that recycles "
                            "treated municipal waste water for industry.",
                            "An industry council and a university research centre helped the "
                            "companies move beyond the obvious opportunities.",
                        ),
                        "resources": [
                            {
                                "resource": "Recycled water from treated municipal waste water",
                                "from_party": "Kwinana Water Recycling Plant (since 2004)",
                                "to_party": "Heavy industries in the area",
                            },
                            {
                                "resource": "Waste carbon dioxide",
                                "from_party": "Ammonia plant of a chemical company",
                                "to_party": "Alumina refinery, to neutralise bauxite residue",
                            },
                        ],
                        "outcomes": [
                            {
                                "value": "47",
                                "label": "synergies counted by researchers in the late 2000s",
                            },
                            {
                                "value": "150+",
                                "label": "documented exchanges reported by the industry council",
                            },
                            {
                                "value": "70,000 t",
                                "label": "CO2 a year the residue carbonation plant was built "
                                "to lock up at full capacity",
                            },
                        ],
                    },
                ),
                (
                    "heading",
                    "b-m2-l3-h1",
                    {"text": "What successful networks have in common", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m2-l3-p3",
                    rich(
                        "Kalundborg, NISP and Kwinana are very different: a small town, a "
                        "whole country and a heavy-industry cluster. Yet they point to the "
                        "same success factors:",
                    ),
                ),
                (
                    "paragraph",
                    "b-m2-l3-list1",
                    bullets(
                        "Diversity: partners from different sectors have matching flows and "
                        "do not compete.",
                        "Proximity: short distances for heavy or low-value flows, or a "
                        "network that connects distant partners.",
                        "Trust and regular contact: people who know each other share "
                        "information about their processes.",
                        "A coordinator: an industry council, a symbiosis centre or "
                        "facilitators who keep looking for the next link.",
                        "Knowledge: researchers and experts who test new uses and technologies.",
                        "A clear business case for each exchange, and rules that allow it.",
                    ),
                ),
                (
                    "callout",
                    "b-m2-l3-c1",
                    {
                        "kind": "warning",
                        "title": "Exchanges can end",
                        "text": rich(
                            "A symbiosis depends on its partners' production. When a plant "
                            "closes, changes its fuel or changes its process, its by-products "
                            "change or disappear. Good agreements plan for this, and a "
                            "network with several partners absorbs such changes better than "
                            "a single one-to-one link.",
                        ),
                    },
                ),
                (
                    "quiz",
                    "b-m2-l3-q",
                    {
                        "title": "Quiz: learning from working examples",
                        "introduction": "Four questions on Kalundborg, NISP and Kwinana.",
                        "shuffle_options": True,
                        "questions": [
                            {
                                "kind": "single",
                                "text": "How did the Kalundborg symbiosis come about?",
                                "explanation": (
                                    "Kalundborg was never planned as a whole. Each link was "
                                    "agreed between partners because it paid; coordination "
                                    "came later."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": (
                                            "Step by step, through bilateral deals between "
                                            "neighbours that each made business sense"
                                        ),
                                        "correct": True,
                                        "feedback": "Correct. It grew from the bottom up.",
                                    },
                                    {
                                        "text": "Through a national master plan",
                                        "correct": False,
                                        "feedback": "No. There was no master plan.",
                                    },
                                    {
                                        "text": "Because an EU regulation required it",
                                        "correct": False,
                                        "feedback": (
                                            "No. The exchanges were voluntary business deals."
                                        ),
                                    },
                                    {
                                        "text": "By building a new eco-industrial park",
                                        "correct": False,
                                        "feedback": (
                                            "No. The partners are spread around an existing town."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": (
                                    "Which of these flows are part of the Kalundborg symbiosis?"
                                ),
                                "explanation": (
                                    "Steam, gypsum and fermentation residues are among the "
                                    "best-known flows. The plasterboard factory receives "
                                    "gypsum; it does not supply oil."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": (
                                            "Steam from the power station to the refinery and "
                                            "the insulin and enzyme plants"
                                        ),
                                        "correct": True,
                                        "feedback": "Yes, one of the main flows.",
                                    },
                                    {
                                        "text": (
                                            "Gypsum from flue-gas cleaning to the plasterboard "
                                            "factory"
                                        ),
                                        "correct": True,
                                        "feedback": "Yes. It replaces natural gypsum.",
                                    },
                                    {
                                        "text": "Fermentation residues to farms as fertiliser",
                                        "correct": True,
                                        "feedback": "Yes, now after a biogas plant.",
                                    },
                                    {
                                        "text": "Crude oil from the plasterboard factory",
                                        "correct": False,
                                        "feedback": "No. A plasterboard factory has no oil.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": (
                                    "NISP recorded resources, needs and opportunities in a "
                                    "database, so that matches could also be found across "
                                    "regions."
                                ),
                                "explanation": (
                                    "The database let practitioners match companies that "
                                    "never met and measure what the programme achieved."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "True",
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": "False",
                                        "correct": False,
                                        "feedback": "It did. Recording was central to NISP.",
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": (
                                    "At Kwinana, what does the alumina refinery do with waste "
                                    "carbon dioxide from a nearby ammonia plant?"
                                ),
                                "explanation": (
                                    "Bubbling CO2 through the alkaline bauxite residue lowers "
                                    "its alkalinity and locks up the gas."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": (
                                            "Uses it to lower the alkalinity of bauxite "
                                            "residue, which also locks up the CO2"
                                        ),
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": "Uses it for district heating",
                                        "correct": False,
                                        "feedback": "No. CO2 is not a source of heat.",
                                    },
                                    {
                                        "text": "Releases it through a taller stack",
                                        "correct": False,
                                        "feedback": "No. That would not be a synergy.",
                                    },
                                    {
                                        "text": "Sells it to farms as fertiliser",
                                        "correct": False,
                                        "feedback": "No. It is used in the refinery itself.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}

BASICS_M3 = {
    "key": "b-m3",
    "title": "Methods: from workshop to working exchange",
    "slug": "from-workshop-to-exchange",
    "introduction": rich(
        "How do you help companies that have never met discover what they could exchange, "
        "and then actually do it? This module looks at two tested methods: the Finnish FISS "
        "resource workshop and the Estonian model of seminar, workshop and mentored pilot.",
        "The last lesson follows an opportunity from the first conversation to a working "
        "exchange.",
    ),
    "unlock_after_previous": False,
    "lessons": [
        {
            "key": "b-m3-l1",
            "title": "The FISS resource workshop",
            "slug": "fiss-resource-workshop",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "b-m3-l1-p1",
                    rich(
                        "FISS, the Finnish Industrial Symbiosis System, is Finland's national "
                        "model for promoting industrial symbiosis. Sitra and Motiva developed "
                        "it on the basis of the UK's NISP, and Motiva coordinates it. It "
                        "relies on active facilitation: regional organisations activate "
                        "companies, collect information on their resources and help them "
                        "build exchanges. Its central tool is the resource workshop.",
                    ),
                ),
                ("glossary_term", "b-m3-l1-g1", {"term": "fiss"}),
                (
                    "heading",
                    "b-m3-l1-h1",
                    {"text": "How a resource workshop runs", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m3-l1-p2",
                    rich(
                        "Participants come from companies of different sizes and sectors, "
                        "and sometimes from municipalities and other public bodies. They work "
                        "in small groups, each guided by a facilitator.",
                    ),
                ),
                (
                    "paragraph",
                    "b-m3-l1-list1",
                    bullets(
                        "Before the workshop, each participant thinks about what their "
                        "organisation has free and what it needs.",
                        "In the group, each resource owner presents their free resources one "
                        "by one: a material, surplus heat, a free hall, a machine, a skill.",
                        "If anyone in the group could use a resource, their name is written "
                        "on the resource card at once. The card now records a possible "
                        "collaboration.",
                        "Needs are presented in the same way, so that others can offer solutions.",
                        "At the end, the facilitators collect all the cards.",
                    ),
                ),
                (
                    "callout",
                    "b-m3-l1-c1",
                    {
                        "kind": "key",
                        "title": "A name on a card",
                        "text": rich(
                            "Writing the interested person's name on the card straight away "
                            "is the heart of the method. An idea with a name attached can be "
                            "followed up; a vague feeling that someone might need this is "
                            "forgotten after the coffee break.",
                        ),
                    },
                ),
                ("glossary_term", "b-m3-l1-g2", {"term": "matchmaking"}),
                ("heading", "b-m3-l1-h2", {"text": "After the workshop", "level": "h2"}),
                (
                    "paragraph",
                    "b-m3-l1-p3",
                    rich(
                        "The workshop is only the beginning. The facilitators enter all "
                        "resources and opportunities into the national SYNERGie resource "
                        "database. There they can find matches with companies from other "
                        "workshops and regions and track the progress of each opportunity.",
                        "Each company receives a company-specific report of the results of "
                        "its session. Then the facilitators contact the companies and follow "
                        "up the most promising opportunities, locally and regionally.",
                    ),
                ),
                (
                    "case_study",
                    "b-m3-l1-cs",
                    {
                        "title": "FISS resource workshops in North Karelia",
                        "organisation": (
                            "Pielinen Karelia Development Centre (PIKES) and Central Karelia "
                            "Development Company (KETI)"
                        ),
                        "place": "Lieksa and Kitee, North Karelia, Finland",
                        "summary": rich(
                            "In 2015 the North Karelia industrial symbiosis project opened "
                            "with two FISS workshops. Companies presented their free "
                            "resources in groups, and every interested participant's name "
                            "went on the resource card.",
                            "A waste-management entrepreneur who took part in Lieksa said "
                            "that the workshop put him in direct contact with new potential "
                            "partners, and he planned to take a couple of the collaborations "
                            "forward himself.",
                        ),
                        "resources": [
                            {
                                "resource": "Free resources and services",
                                "from_party": "Participating companies",
                                "to_party": "Participants who put their name on the card",
                            },
                            {
                                "resource": "Workshop results",
                                "from_party": "Facilitators",
                                "to_party": "National SYNERGie resource database",
                            },
                            {
                                "resource": "Company-specific reports",
                                "from_party": "Facilitators",
                                "to_party": "Each participating company",
                            },
                        ],
                        "outcomes": [
                            {"value": "22", "label": "participants in Lieksa"},
                            {"value": "25", "label": "participants in Kitee"},
                            {"value": "160", "label": "free resources or services found"},
                            {"value": "79", "label": "collaboration opportunities recorded"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    "b-m3-l1-p4",
                    rich(
                        "The same project offered companies a light review of their energy "
                        "use and savings potential, and a review of their material "
                        "efficiency. Such reviews go well with workshops: they help a company "
                        "see its own resources before it presents them to others.",
                    ),
                ),
            ],
        },
        {
            "key": "b-m3-l2",
            "title": "Seminar, workshop, mentored pilot: the Estonian model",
            "slug": "estonian-model",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "b-m3-l2-p1",
                    rich(
                        "In 2024 Enterprise Estonia (EIS), together with county development "
                        "centres, ran a programme to start industrial symbiosis in four "
                        "counties: Viljandimaa, Järvamaa, Pärnumaa and Harjumaa. It offered "
                        "30 places per county, and companies from other counties could follow "
                        "the seminar online.",
                        "To take part, a company had to produce resources or by-products that "
                        "could be another company's input, be ready to contribute to "
                        "circularity, and be able to send at least one person to the seminar "
                        "and workshop.",
                    ),
                ),
                (
                    "heading",
                    "b-m3-l2-h1",
                    {"text": "Phase I: a free seminar and workshop", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m3-l2-p2",
                    rich("The first phase was free. On 10 September 2024 in Türi the day ran:"),
                ),
                (
                    "paragraph",
                    "b-m3-l2-list1",
                    bullets(
                        "Arrival",
                        "Introduction to the circular economy and industrial symbiosis",
                        "Company resource mapping",
                        "Lunch",
                        "Matchmaking",
                        "Analysis of the day, wrap-up and next steps",
                    ),
                ),
                (
                    "paragraph",
                    "b-m3-l2-p3",
                    rich(
                        "The order matters. Participants first learn the concepts, then map "
                        "their own resources while the ideas are fresh, and only then look "
                        "for matches in a brainstorm with companies from their region. Lunch "
                        "between the two sessions leaves time for informal talks.",
                        "The findings of the brainstorm do not oblige any company to enter a "
                        "symbiosis. This makes it easier to share information openly.",
                    ),
                ),
                (
                    "heading",
                    "b-m3-l2-h2",
                    {"text": "Phase II: two months with a mentor", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m3-l2-p4",
                    rich(
                        "After the workshop, companies could register as symbiosis "
                        "participants, on the day or in the following days. From 16 "
                        "September to 17 November 2024 they tested possible symbioses in "
                        "their regions, and each could work with a mentor. A public summary "
                        "of the results was planned for January 2025.",
                        "The programme had also started earlier: a first meeting with "
                        "interested counties in May and a visit to the Pakri Science and "
                        "Industrial Park in August let participants see symbiosis in practice "
                        "before the workshop.",
                    ),
                ),
                (
                    "callout",
                    "b-m3-l2-c1",
                    {
                        "kind": "warning",
                        "title": "The terms are yours to agree",
                        "text": rich(
                            "In the Estonian programme, the details of each exchange, such as "
                            "what is exchanged, the price, logistics, guarantees and the "
                            "condition of the resource, were agreed between the companies "
                            "alone. No organiser or mentor was responsible for them. "
                            "Facilitators and mentors help, but the deal is between the "
                            "partners.",
                        ),
                    },
                ),
                (
                    "reflection",
                    "b-m3-l2-r1",
                    {
                        "prompt": (
                            "Compare the Finnish and Estonian methods. Which elements would "
                            "help organisations in your region most: a short workshop, a name "
                            "on a card, a company report, a mentor, a trial period? Why?"
                        ),
                        "hint": (
                            "Think about what usually stops a good idea in your region: a "
                            "lack of contacts, time, expertise or trust."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "b-m3-l3",
            "title": "From opportunity to working exchange",
            "slug": "from-opportunity-to-exchange",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "b-m3-l3-p1",
                    rich(
                        "A workshop can record dozens of opportunities in a day. Only some of "
                        "them will become working exchanges, and that is normal. Following up "
                        "is where most of the work, and most of the value, lies.",
                    ),
                ),
                ("heading", "b-m3-l3-h1", {"text": "Typical steps", "level": "h2"}),
                (
                    "paragraph",
                    "b-m3-l3-list1",
                    bullets(
                        "First contact: the two organisations talk, ideally within days of "
                        "the workshop, while interest is high.",
                        "Facts: quantities, frequency, quality and variability of the "
                        "resource, where it is and how it could be moved or stored.",
                        "Testing: a sample or a short trial shows whether the resource works "
                        "in the receiver's process.",
                        "Legal check: is the material waste or a by-product? Are permits, "
                        "registrations or rules on hazardous substances involved?",
                    ),
                ),
                (
                    "paragraph",
                    "b-m3-l3-list2",
                    bullets(
                        "Business case: price, transport, treatment and handling costs, and "
                        "the savings on both sides.",
                        "Agreement: a written deal on the terms of the exchange.",
                        "Pilot and scale-up: start small, measure and adjust.",
                    ),
                ),
                (
                    "callout",
                    "b-m3-l3-c1",
                    {
                        "kind": "tip",
                        "title": "What to put in writing",
                        "text": rich(
                            "Even a simple exchange deserves a short written agreement: a "
                            "description of the resource and its quality limits, quantities "
                            "and schedule, price or compensation, who transports it and who "
                            "bears which costs, who is responsible if the quality is wrong, "
                            "how long the deal lasts and how either side can end it.",
                        ),
                    },
                ),
                (
                    "heading",
                    "b-m3-l3-h2",
                    {"text": "The role of facilitators and mentors", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m3-l3-p2",
                    rich(
                        "Facilitators keep opportunities alive. They call the companies, "
                        "bring in experts to test a material or explain a permit, and connect "
                        "companies with others if the first partner drops out. Mentors, as in "
                        "the Estonian programme, accompany a company through its trial. "
                        "Neither replaces the companies' own decisions.",
                    ),
                ),
                ("heading", "b-m3-l3-h3", {"text": "Measure the impact", "level": "h2"}),
                (
                    "paragraph",
                    "b-m3-l3-p3",
                    rich(
                        "When an exchange works, record its results: tonnes of material "
                        "reused, energy and water saved, money saved and earned, CO2 avoided "
                        "and jobs created. Figures convince managers to continue, help others "
                        "copy the idea and show funders that facilitation pays. NISP and FISS "
                        "both track these results in their databases.",
                        "Record the opportunities that failed as well, and why. A partner "
                        "that could not take a resource this year may need it next year, and "
                        "the reasons for failure show which barriers a region must tackle.",
                    ),
                ),
                (
                    "quiz",
                    "b-m3-l3-q",
                    {
                        "title": "Quiz: from workshop to working exchange",
                        "introduction": "Four questions on the FISS and Estonian methods.",
                        "shuffle_options": True,
                        "questions": [
                            {
                                "kind": "single",
                                "text": (
                                    "In a FISS resource workshop, what happens when someone "
                                    "in the group could use a resource that is presented?"
                                ),
                                "explanation": (
                                    "Writing the name on the resource card at once turns an "
                                    "idea into an opportunity that can be followed up."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "Their name is written on the resource card",
                                        "correct": True,
                                        "feedback": "Correct. That is the heart of the method.",
                                    },
                                    {
                                        "text": "They must sign a purchase contract on the spot",
                                        "correct": False,
                                        "feedback": "No. The workshop only records interest.",
                                    },
                                    {
                                        "text": "The resource is auctioned to the highest bidder",
                                        "correct": False,
                                        "feedback": "No. The method is about matching, not bids.",
                                    },
                                    {
                                        "text": "Nothing is recorded until the next workshop",
                                        "correct": False,
                                        "feedback": "No. The name is written down at once.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "What happened after the North Karelia FISS workshops?",
                                "explanation": (
                                    "Results went into the SYNERGie database, each company "
                                    "got its own report and facilitators followed up. The "
                                    "opportunities were possibilities, not contracts."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "Results went into the national SYNERGie database",
                                        "correct": True,
                                        "feedback": "Yes.",
                                    },
                                    {
                                        "text": "Each company received a company-specific report",
                                        "correct": True,
                                        "feedback": "Yes.",
                                    },
                                    {
                                        "text": "Facilitators followed up the opportunities",
                                        "correct": True,
                                        "feedback": "Yes, locally and regionally.",
                                    },
                                    {
                                        "text": "All 79 opportunities became binding contracts",
                                        "correct": False,
                                        "feedback": "No. They were opportunities to follow up.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": (
                                    "In the Estonian programme, taking part in the workshop "
                                    "brainstorm obliged a company to enter a symbiosis."
                                ),
                                "explanation": (
                                    "The findings of the brainstorm did not oblige anyone, "
                                    "which made open sharing easier."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "True",
                                        "correct": False,
                                        "feedback": "No. The findings were not binding.",
                                    },
                                    {
                                        "text": "False",
                                        "correct": True,
                                        "feedback": "Correct. Nobody was obliged.",
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": (
                                    "In the Estonian programme, who agreed the price, "
                                    "logistics and guarantees of an exchange?"
                                ),
                                "explanation": (
                                    "The terms were agreed between the companies alone; "
                                    "mentors and organisers were not responsible for them."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "The companies in the exchange",
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": "The mentor",
                                        "correct": False,
                                        "feedback": "No. Mentors help but do not decide.",
                                    },
                                    {
                                        "text": "Enterprise Estonia",
                                        "correct": False,
                                        "feedback": "No. The organiser was not responsible.",
                                    },
                                    {
                                        "text": "The county development centre",
                                        "correct": False,
                                        "feedback": "No. It supported, but did not decide.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}

BASICS_M4 = {
    "key": "b-m4",
    "title": "Making it happen in your organisation",
    "slug": "making-it-happen",
    "introduction": rich(
        "The last module turns to your own organisation. You will look at the barriers that "
        "stop symbiosis and how to overcome them, map your own resources and plan how to "
        "find partners.",
        "By the end you will have a first list of what your organisation could offer and "
        "what it needs.",
    ),
    "unlock_after_previous": False,
    "lessons": [
        {
            "key": "b-m4-l1",
            "title": "Barriers and how to overcome them",
            "slug": "barriers",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "b-m4-l1-p1",
                    rich(
                        "If industrial symbiosis is so useful, why is it still rare? The "
                        "SYMBI project, funded by Interreg Europe, took up this question. In "
                        "Slovenia, the Regional Development Agency of the Ljubljana Urban "
                        "Region ran a pilot with the Government Office for Development and "
                        "European Cohesion Policy. The project found barriers of several "
                        "kinds.",
                    ),
                ),
                ("heading", "b-m4-l1-h1", {"text": "Five kinds of barriers", "level": "h2"}),
                (
                    "paragraph",
                    "b-m4-l1-list1",
                    bullets(
                        "Legal: unclear status of side streams, permits to handle waste, "
                        "rules on transport and hazardous substances.",
                        "Economic: cheap raw materials or landfill, transport and treatment "
                        "costs, small or irregular volumes.",
                        "Market: no buyers yet for secondary materials, doubts about quality, "
                        "missing standards.",
                        "Financial: investment in pipes, storage or processing, and loans "
                        "that are hard to get for unfamiliar projects.",
                        "Knowledge: little knowledge of circular strategies and of how to do "
                        "symbiosis in practice.",
                    ),
                ),
                (
                    "callout",
                    "b-m4-l1-c1",
                    {
                        "kind": "key",
                        "title": "Knowledge is a barrier too",
                        "text": rich(
                            "The SYMBI pilot found that expertise on circular strategies and "
                            "practical symbiosis was missing not only in companies but also "
                            "in business support organisations. Awareness of the benefits "
                            "was low, although experience elsewhere shows that support "
                            "organisations are a key starting point.",
                        ),
                    },
                ),
                (
                    "heading",
                    "b-m4-l1-h2",
                    {"text": "Overcoming legal barriers", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m4-l1-p2",
                    rich(
                        "Many legal problems come from the word waste. Under EU waste law, a "
                        "substance from a production process can be treated as a by-product "
                        "rather than waste if four conditions are met: its further use is "
                        "certain; it can be used directly without processing other than "
                        "normal industrial practice; it is produced as an integral part of a "
                        "production process; and its further use is lawful and will not harm "
                        "the environment or health overall.",
                        "Material that is waste can also stop being waste after recovery if "
                        "it meets end-of-waste criteria. National procedures differ, so ask "
                        "your environmental authority early.",
                    ),
                ),
                (
                    "heading",
                    "b-m4-l1-h3",
                    {"text": "Overcoming the other barriers", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m4-l1-list2",
                    bullets(
                        "Economic: combine small flows from several companies, share "
                        "transport, and start with resources that need little handling, such "
                        "as heat, space or services.",
                        "Market: test samples with the buyer, agree quality specifications "
                        "and use laboratory analyses.",
                        "Financial: share investments between partners, look for regional, "
                        "national or EU support for circular projects, and start with a "
                        "low-cost pilot.",
                        "Knowledge: train staff and support organisations, and use "
                        "facilitators and experts.",
                        "Trust: start small, meet regularly and put agreements in writing.",
                    ),
                ),
                (
                    "paragraph",
                    "b-m4-l1-p3",
                    rich(
                        "The SYMBI training covered the circular economy concept, "
                        "legislation, the business models and benefits of symbiosis, legal "
                        "aspects, barriers and opportunities, and good practices from "
                        "Slovenia and abroad. It ended with a practical part in which "
                        "participants identified companies that could become symbiosis "
                        "partners. The next two lessons ask you to do the same.",
                    ),
                ),
            ],
        },
        {
            "key": "b-m4-l2",
            "title": "Mapping your organisation's resources",
            "slug": "mapping-your-resources",
            "minutes": 35,
            "body": [
                (
                    "paragraph",
                    "b-m4-l2-p1",
                    rich(
                        "You cannot offer what you have not noticed. Resource mapping is a "
                        "structured look at everything that comes into and goes out of your "
                        "organisation. It is a working session in both the Finnish and the "
                        "Estonian workshop methods, because a good map makes matchmaking "
                        "fast.",
                    ),
                ),
                ("glossary_term", "b-m4-l2-g1", {"term": "resource-mapping"}),
                ("heading", "b-m4-l2-h1", {"text": "Step 1: follow the flows", "level": "h2"}),
                (
                    "paragraph",
                    "b-m4-l2-p2",
                    rich(
                        "Draw your site or process as a simple box. On the left, write the "
                        "inputs: raw materials, packaging, energy, water and services you "
                        "buy. On the right, write the outputs: your products and everything "
                        "else, such as side streams, waste, waste water, heat and emissions. "
                        "Then walk the site with people from production and maintenance. "
                        "They know what is thrown away, left running or standing idle.",
                    ),
                ),
                (
                    "heading",
                    "b-m4-l2-h2",
                    {"text": "Step 2: describe each resource", "level": "h2"},
                ),
                (
                    "paragraph",
                    "b-m4-l2-list1",
                    bullets(
                        "What it is: its composition or specification.",
                        "How much and how often: per week, month or season.",
                        "Quality and variability: is it clean, mixed, wet or hazardous?",
                        "Where it is, how it is stored and how it could be collected.",
                        "What it costs you today: fees, storage, transport, staff time.",
                        "When it is available: a hall empty in summer, a machine idle at night.",
                    ),
                ),
                ("heading", "b-m4-l2-h3", {"text": "Step 3: list your needs", "level": "h2"}),
                (
                    "paragraph",
                    "b-m4-l2-p3",
                    rich(
                        "Do the same for your needs. Which inputs are expensive, hard to get "
                        "or high in CO2? Could part of them come from someone else's surplus? "
                        "Needs are as valuable at a workshop as offers, because they let "
                        "others propose solutions.",
                    ),
                ),
                (
                    "callout",
                    "b-m4-l2-c1",
                    {
                        "kind": "tip",
                        "title": "Do not forget the invisible resources",
                        "text": rich(
                            "Heat from compressors and cooling, treated waste water, empty "
                            "lorry trips, a free room, a skilled welder with spare hours, a "
                            "laboratory, a quality-management expert. These rarely appear in "
                            "waste statistics, but they are often the easiest to share.",
                        ),
                    },
                ),
                (
                    "callout",
                    "b-m4-l2-c2",
                    {
                        "kind": "warning",
                        "title": "Think before you share details",
                        "text": rich(
                            "Some information is commercially sensitive, such as recipes, "
                            "exact volumes or customers. Describe a resource precisely "
                            "enough for a match, and agree on confidentiality before you give "
                            "more detail.",
                        ),
                    },
                ),
                (
                    "reflection",
                    "b-m4-l2-r1",
                    {
                        "prompt": (
                            "List your organisation's free resources. For each category, "
                            "write at least one thing you have spare or underused: materials, "
                            "energy, water, space, equipment, services and expertise. Add the "
                            "amount, how often it is available and what it costs you today."
                        ),
                        "hint": (
                            "If you do not work for an organisation at the moment, choose "
                            "one you know well: a former employer, a school, a club or a "
                            "local business. Ask colleagues in production, maintenance and "
                            "purchasing; they often know of resources that managers do not "
                            "see."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "b-m4-l2-p4",
                    rich(
                        "Keep your list. It is the starting point for the next lesson, and "
                        "you can publish parts of it as offers and needs in the Symbios "
                        "community.",
                    ),
                ),
            ],
        },
        {
            "key": "b-m4-l3",
            "title": "Finding partners and taking the first step",
            "slug": "finding-partners",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "b-m4-l3-p1",
                    rich(
                        "With your resource map in hand, the next question is who could use "
                        "your surplus or supply what you need. Partners are often closer than "
                        "you expect, and often in another sector.",
                    ),
                ),
                ("heading", "b-m4-l3-h1", {"text": "Where to look", "level": "h2"}),
                (
                    "paragraph",
                    "b-m4-l3-list1",
                    bullets(
                        "Your neighbours: companies in the same industrial area or town, "
                        "where short distances make heavy or low-value flows viable.",
                        "Your supply chain: suppliers may take back packaging or offcuts, and "
                        "customers may need your by-products.",
                        "Other sectors: food residues can feed farms or biogas plants, "
                        "construction can use mineral residues, heat can serve greenhouses.",
                        "Facilitated workshops and programmes, such as FISS workshops or the "
                        "Estonian county programme.",
                    ),
                ),
                (
                    "paragraph",
                    "b-m4-l3-list2",
                    bullets(
                        "Business associations, chambers of commerce, clusters and regional "
                        "development agencies, which know many companies.",
                        "Universities and research centres, which can test new uses of a "
                        "material.",
                        "Online platforms where organisations publish offers and needs, such "
                        "as the Symbios community.",
                    ),
                ),
                (
                    "paragraph",
                    "b-m4-l3-p2",
                    rich(
                        "Some regions offer low-threshold starting points. In Tampere, "
                        "Finland, the city-led KIERTO project (2019 to 2023) developed a "
                        "short self-assessment survey that starts a company on its circular "
                        "path, a list of 100 circular companies in the region, and challenge "
                        "workshops in which students and jobseekers work on companies' "
                        "circular challenges.",
                    ),
                ),
                ("heading", "b-m4-l3-h2", {"text": "Making the first contact", "level": "h2"}),
                (
                    "paragraph",
                    "b-m4-l3-p3",
                    rich(
                        "Be concrete. Instead of saying that you have waste, say that you "
                        "have about four tonnes of clean oak offcuts a month, collected in "
                        "bags, which currently cost you a disposal fee. Ask about the other "
                        "side's needs before you pitch. Propose a small, low-risk first step: "
                        "a sample, a site visit or a one-month trial. Expect questions on "
                        "quality and reliability, and answer them honestly.",
                    ),
                ),
                (
                    "callout",
                    "b-m4-l3-c1",
                    {
                        "kind": "key",
                        "title": "Think in networks, not single deals",
                        "text": rich(
                            "The first exchange is rarely the biggest. It builds the trust "
                            "and contacts that lead to the next ones, just as in Kalundborg, "
                            "where one pipeline was followed by many other links.",
                        ),
                    },
                ),
                ("heading", "b-m4-l3-h3", {"text": "Your action plan", "level": "h2"}),
                (
                    "paragraph",
                    "b-m4-l3-list3",
                    bullets(
                        "Choose one or two resources from your map with the clearest value.",
                        "Name three possible partners and one organisation that could help.",
                        "Make the first contact within a month.",
                        "Agree a trial and write down its terms.",
                        "Measure the results and share them.",
                    ),
                ),
                (
                    "quiz",
                    "b-m4-l3-q",
                    {
                        "title": "Quiz: making it happen",
                        "introduction": (
                            "Four questions on barriers, resource mapping and finding partners."
                        ),
                        "shuffle_options": True,
                        "questions": [
                            {
                                "kind": "multiple",
                                "text": (
                                    "Which barriers to industrial symbiosis did the SYMBI "
                                    "pilot identify?"
                                ),
                                "explanation": (
                                    "SYMBI found legal, economic, market and financial "
                                    "barriers, and a lack of knowledge in companies and "
                                    "support organisations. Databases for symbiosis are "
                                    "scarce, not too many."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "Legal and financial barriers",
                                        "correct": True,
                                        "feedback": "Yes.",
                                    },
                                    {
                                        "text": "Economic and market barriers",
                                        "correct": True,
                                        "feedback": "Yes.",
                                    },
                                    {
                                        "text": (
                                            "Lack of knowledge in companies and business "
                                            "support organisations"
                                        ),
                                        "correct": True,
                                        "feedback": "Yes. Knowledge is a barrier too.",
                                    },
                                    {
                                        "text": "Too many symbiosis databases and platforms",
                                        "correct": False,
                                        "feedback": "No. Such platforms barely exist yet.",
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": (
                                    "Under EU waste law, which of these is one of the "
                                    "conditions for treating a production residue as a "
                                    "by-product rather than waste?"
                                ),
                                "explanation": (
                                    "The four conditions are: further use is certain, it can "
                                    "be used directly, it is produced as an integral part of "
                                    "a process, and its further use is lawful."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "Its further use is certain",
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": "It has been stored for at least a year",
                                        "correct": False,
                                        "feedback": "No. Long storage suggests no certain use.",
                                    },
                                    {
                                        "text": "It is sold abroad",
                                        "correct": False,
                                        "feedback": "No. The buyer's location is irrelevant.",
                                    },
                                    {
                                        "text": "It has no market value",
                                        "correct": False,
                                        "feedback": "No. Value is not one of the conditions.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": (
                                    "When you map your resources, idle equipment, free space "
                                    "and staff expertise belong on the list alongside "
                                    "materials and energy."
                                ),
                                "explanation": (
                                    "A resource map covers everything that could be shared, "
                                    "including space, equipment, services and expertise."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "True",
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": "False",
                                        "correct": False,
                                        "feedback": "No. They are often the easiest to share.",
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "What is a good first step with a possible partner?",
                                "explanation": (
                                    "A concrete description and a small, low-risk trial "
                                    "build trust and show whether the exchange works."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": (
                                            "Describe the resource concretely and propose a "
                                            "sample or a short trial"
                                        ),
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": "Ask for a ten-year exclusive contract at once",
                                        "correct": False,
                                        "feedback": "Too much, too soon. Start small.",
                                    },
                                    {
                                        "text": "Say only that you have some waste",
                                        "correct": False,
                                        "feedback": "Too vague. Give facts and amounts.",
                                    },
                                    {
                                        "text": "Wait until the partner contacts you",
                                        "correct": False,
                                        "feedback": "They may not know you exist.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Course 2: Industrial symbiosis in the agri-food sector
# ---------------------------------------------------------------------------

AGRIFOOD_M1 = {
    "key": "a-m1",
    "title": "Food, farms and side streams",
    "slug": "food-farms-and-side-streams",
    "introduction": rich(
        "Food processing and farming produce large, regular flows of organic by-products, "
        "heat and water. This module shows what they are, how they can be used and how to "
        "choose the best use for each.",
        "It ends with a short quiz.",
    ),
    "unlock_after_previous": False,
    "lessons": [
        {
            "key": "a-m1-l1",
            "title": "By-products of food processing",
            "slug": "food-processing-by-products",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "a-m1-l1-p1",
                    rich(
                        "Food processing turns agricultural raw materials into products, and "
                        "a large share of the raw material does not end up in the main "
                        "product. The rest is rarely worthless: it is organic, often "
                        "nutritious and produced in regular, predictable amounts. That makes "
                        "the agri-food sector one of the most promising for industrial "
                        "symbiosis, and one of the focus sectors of the SYMBIOS project.",
                    ),
                ),
                ("glossary_term", "a-m1-l1-g1", {"term": "by-product"}),
                ("heading", "a-m1-l1-h1", {"text": "Four common side streams", "level": "h2"}),
                (
                    "paragraph",
                    "a-m1-l1-p2",
                    rich(
                        "Whey. Cheese making leaves far more liquid than cheese: roughly nine "
                        "litres of whey for every kilogram of cheese. Whey contains lactose, "
                        "proteins and minerals. Large dairies dry it into whey powder and "
                        "protein concentrates; smaller ones often supply it to pig farms as "
                        "feed or to biogas plants. Poured down the drain, it puts a heavy "
                        "load on waste-water treatment.",
                        "Brewers' spent grain. The malt left after brewing is a brewery's "
                        "largest by-product, roughly 20 kilograms per 100 litres of beer. It "
                        "is wet and spoils within days, so most of it goes as feed to nearby "
                        "cattle farms. Dried, it can become a high-fibre flour for bakery "
                        "products, and it can also feed biogas plants.",
                    ),
                ),
                (
                    "paragraph",
                    "a-m1-l1-p3",
                    rich(
                        "Peels, pomace and trimmings. Fruit and vegetable processing leaves "
                        "peels, cores, pulp and pomace. Apple and citrus pomace are "
                        "traditional sources of pectin; potato peels and vegetable trimmings "
                        "can become feed or biogas; some residues contain valuable fibres, "
                        "oils and antioxidants.",
                        "Manure and slurry. Livestock farms produce manure that is both a "
                        "fertiliser and, in an anaerobic digester, a source of biogas. "
                        "Digesting manure together with food residues raises the gas yield, "
                        "and the digestate that remains still carries nitrogen, phosphorus "
                        "and potassium back to the fields.",
                    ),
                ),
                ("heading", "a-m1-l1-h2", {"text": "Heat and water", "level": "h2"}),
                (
                    "paragraph",
                    "a-m1-l1-p4",
                    rich(
                        "Food processing uses a lot of heat and water. Pasteurising, cooking, "
                        "evaporating and drying need heat; cooling and refrigeration reject "
                        "it, often at 30 to 60 °C. This low-temperature heat can warm "
                        "greenhouses and fish farms, dry feed or wood, or feed district "
                        "heating through a heat pump.",
                        "Water is the second hidden resource. Milk is mostly water, and "
                        "plants that concentrate or dry milk recover large volumes of "
                        "condensate that, once treated, can be used for cleaning or cooling. "
                        "Rinse water can be reused in steps, and organic-rich waste water can "
                        "feed a biogas plant instead of burdening the municipal treatment "
                        "plant.",
                    ),
                ),
                (
                    "callout",
                    "a-m1-l1-c1",
                    {
                        "kind": "warning",
                        "title": "Food safety and animal by-product rules",
                        "text": rich(
                            "Exchanges of food and feed must respect hygiene rules. In the "
                            "EU, materials of animal origin that are no longer meant for "
                            "people, such as slaughter residues and some dairy residues, fall "
                            "under special animal by-product rules, and by-products sold as "
                            "feed must meet feed-safety requirements. Check with your food "
                            "and veterinary authority before you start.",
                        ),
                    },
                ),
            ],
        },
        {
            "key": "a-m1-l2",
            "title": "Cascading use: finding the best value",
            "slug": "cascading-use",
            "minutes": 30,
            "body": [
                (
                    "paragraph",
                    "a-m1-l2-p1",
                    rich(
                        "Most food side streams can be used in several ways. Spent grain can "
                        "become food, feed, biogas or compost. Which is best? The idea of "
                        "cascading use gives an answer: use a resource first where it creates "
                        "the most value, and pass what remains down to the next use, until "
                        "only energy recovery or, last of all, disposal is left.",
                    ),
                ),
                ("heading", "a-m1-l2-h1", {"text": "The food use cascade", "level": "h2"}),
                (
                    "paragraph",
                    "a-m1-l2-list1",
                    bullets(
                        "Prevent surplus food and losses in the first place.",
                        "Use it for people: redistribute surplus food, or turn side streams "
                        "into food ingredients.",
                        "Feed animals, within feed-safety rules.",
                        "Extract materials and valuable compounds: fibres, proteins, pectin, "
                        "bio-based chemicals.",
                        "Recover nutrients and energy: anaerobic digestion to biogas and "
                        "digestate, or composting.",
                        "Incinerate with energy recovery, and dispose of only as a last resort.",
                    ),
                ),
                ("glossary_term", "a-m1-l2-g1", {"term": "waste-hierarchy"}),
                (
                    "paragraph",
                    "a-m1-l2-p2",
                    rich(
                        "The cascade follows the waste hierarchy, but it is a guide, not a "
                        "law of nature. A higher use only makes sense if volumes, quality, "
                        "timing and distance allow it. A small brewery far from any food "
                        "manufacturer may do better sending spent grain to the dairy farm "
                        "next door than drying it into flour.",
                        "One stream can also serve several steps at once. A dairy may sell "
                        "whey protein and send the remaining liquid to a biogas plant, whose "
                        "digestate then fertilises the fields that feed the cows.",
                    ),
                ),
                ("heading", "a-m1-l2-h2", {"text": "A case from Denmark", "level": "h2"}),
                (
                    "case_study",
                    "a-m1-l2-cs",
                    {
                        "title": "From fermentation residues to biogas and fertiliser",
                        "organisation": (
                            "Kalundborg Symbiosis: Novo Nordisk, Novozymes, Bigadan and Ørsted"
                        ),
                        "place": "Kalundborg, Denmark",
                        "summary": rich(
                            "Insulin and enzyme production at Kalundborg is based on "
                            "fermentation, a process related to brewing. For many years its "
                            "residual biomass was spread on farmland in the region as "
                            "fertiliser.",
                            "In 2018 a biogas plant built by Bigadan with Ørsted began to "
                            "process these residues first. The biogas is upgraded and fed "
                            "into the gas grid, and the remaining biomass still goes to farms "
                            "as fertiliser. The same resource is now used twice: a cascade.",
                        ),
                        "resources": [
                            {
                                "resource": "Fermentation residues",
                                "from_party": "Novo Nordisk and Novozymes",
                                "to_party": "Biogas plant",
                            },
                            {
                                "resource": "Upgraded biogas",
                                "from_party": "Biogas plant",
                                "to_party": "Natural-gas grid",
                            },
                            {
                                "resource": "Digested biomass as fertiliser",
                                "from_party": "Biogas plant",
                                "to_party": "Farms in the region",
                            },
                        ],
                        "outcomes": [
                            {"value": "2018", "label": "biogas plant in operation"},
                            {
                                "value": "about 300,000 t",
                                "label": "residues a year from insulin and enzyme production "
                                "(2017 estimate)",
                            },
                            {
                                "value": "about 5,000",
                                "label": "households' gas use covered (planned output)",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    "a-m1-l2-c1",
                    {
                        "kind": "tip",
                        "title": "Questions to ask about every side stream",
                        "text": rich(
                            "What is it made of? How much is there, and how steady is the "
                            "supply? How fast does it spoil? Who nearby could use it, and "
                            "for what? What does the current route cost? Is a higher step in "
                            "the cascade within reach?",
                        ),
                    },
                ),
                (
                    "quiz",
                    "a-m1-l2-q",
                    {
                        "title": "Quiz: side streams in the agri-food sector",
                        "introduction": "Three questions. You need 70% to pass.",
                        "shuffle_options": True,
                        "questions": [
                            {
                                "kind": "single",
                                "text": (
                                    "In cascading use, which use of an edible food side "
                                    "stream generally comes first?"
                                ),
                                "explanation": (
                                    "After prevention, food for people creates the most "
                                    "value, followed by feed, materials, nutrients and "
                                    "energy, and disposal last."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "Use as food for people",
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": "Biogas production",
                                        "correct": False,
                                        "feedback": "Biogas comes lower in the cascade.",
                                    },
                                    {
                                        "text": "Incineration with energy recovery",
                                        "correct": False,
                                        "feedback": "Near the bottom of the cascade.",
                                    },
                                    {
                                        "text": "Landfill",
                                        "correct": False,
                                        "feedback": "The last resort.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": (
                                    "Which of these are realistic uses of brewers' spent grain?"
                                ),
                                "explanation": (
                                    "Spent grain is used as cattle feed, as high-fibre flour "
                                    "and in biogas plants. It is organic, so it cannot "
                                    "replace the gypsum in plasterboard."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "Cattle feed",
                                        "correct": True,
                                        "feedback": "Yes, the most common use.",
                                    },
                                    {
                                        "text": "High-fibre flour for bakery products",
                                        "correct": True,
                                        "feedback": "Yes, once dried.",
                                    },
                                    {
                                        "text": "Feedstock for a biogas plant",
                                        "correct": True,
                                        "feedback": "Yes.",
                                    },
                                    {
                                        "text": "Replacement for gypsum in plasterboard",
                                        "correct": False,
                                        "feedback": "No. Plasterboard needs gypsum.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": (
                                    "Low-temperature heat from cooling in a dairy can warm "
                                    "greenhouses or, with a heat pump, feed district heating."
                                ),
                                "explanation": (
                                    "Heat at 30 to 60 °C is too cool for most processes but "
                                    "useful for greenhouses, fish farms, drying and, with a "
                                    "heat pump, district heating."
                                ),
                                "points": 1,
                                "options": [
                                    {
                                        "text": "True",
                                        "correct": True,
                                        "feedback": "Correct.",
                                    },
                                    {
                                        "text": "False",
                                        "correct": False,
                                        "feedback": "It can. Low-grade heat has many uses.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}


COURSES = [
    {
        "key": "is-basics",
        "title": "Industrial symbiosis: turning by-products into business",
        "slug": "industrial-symbiosis-basics",
        "languages": ["en", "et", "fi", "sl", "pt"],
        "summary": (
            "Learn how one organisation's by-products, surplus energy, water, space and skills "
            "become another's resources, how proven programmes find and build these "
            "exchanges, and how to start in your own organisation."
        ),
        "audience": (
            "For anyone who wants to start or support industrial symbiosis: owners, managers "
            "and workers in companies of any size and sector, environmental consultants, staff "
            "of business associations, clusters and development agencies, public "
            "administration, researchers and students, and jobseekers looking for green "
            "skills. No prior knowledge is needed."
        ),
        "level": "introductory",
        "estimated_hours": 6,
        "sectors": ["agri-food", "leather", "construction", "energy"],
        "pass_mark": 60,
        "max_attempts": 3,
        "outcomes": [
            "Explain what industrial symbiosis is and how it supports the move from a linear "
            "to a circular economy.",
            "Describe the economic, environmental and social benefits of industrial symbiosis "
            "for companies and regions.",
            "Recognise resources beyond materials that can be exchanged: energy, heat, water, "
            "space, equipment, logistics, services and expertise.",
            "Use the examples of Kalundborg, NISP and Kwinana to judge what makes a symbiosis "
            "network work.",
            "Describe how a facilitated resource workshop and a mentored pilot turn ideas into "
            "working exchanges.",
            "Map your own organisation's resources, name the main barriers and plan first "
            "steps towards a partner.",
        ],
        "trainers": ["trainer-ce", "trainer-research"],
        "modules": [BASICS_M1, BASICS_M2, BASICS_M3, BASICS_M4],
    },
    {
        "key": "agrifood-is",
        "title": "Industrial symbiosis in the agri-food sector",
        "slug": "industrial-symbiosis-agri-food",
        "languages": ["en", "fi"],
        "summary": (
            "How food and drink processors, farms and their neighbours turn whey, spent grain, "
            "peels, manure, heat and water into value, and how to choose the best use for each "
            "side stream."
        ),
        "audience": (
            "For managers, production and environmental staff of food and drink companies, "
            "farmers and their advisers, and consultants and public officials who work with "
            "the agri-food sector. It builds on the introductory course on industrial "
            "symbiosis."
        ),
        "level": "intermediate",
        "estimated_hours": 2,
        "sectors": ["agri-food"],
        "pass_mark": 70,
        "max_attempts": 0,
        "outcomes": [
            "Name the main by-products of food processing and farming and their common uses.",
            "Explain how heat and water from food processing can be reused by neighbours.",
            "Apply cascading use to choose the highest-value use of a side stream.",
            "Recognise the hygiene and legal rules that apply to food and feed exchanges.",
        ],
        "trainers": ["trainer-env"],
        "modules": [AGRIFOOD_M1],
    },
]
