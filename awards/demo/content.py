"""The demo's content: the texts of an IOPD-like award, in English, French, Spanish and Portuguese.

The organisations are real local governments and associations, named as they would name themselves
when applying. The practices are fictional applications written for the demo: they describe
realistic participatory-democracy practices with plausible figures, but they are not any city's
actual candidacy, award or statistics. A practice is paired with an organisation at seeding time
through ``practice_text()``, which fills in the ``{organisation}`` and ``{city}`` placeholders.

Word counts stay far inside the limits of ``awards.sections``: every section has 40 to 150 words and
every public summary 40 to 100.
"""

from __future__ import annotations

from awards.demo.types import DemoNamed, DemoOrganisation, DemoPractice, PracticeText

# The categories a candidacy applies in.
CATEGORIES: list[DemoNamed] = [
    DemoNamed(
        key="democratic-peaceful-cities",
        names={
            "en": "Democratic and peaceful cities",
            "fr": "Villes démocratiques et pacifiques",
            "es": "Ciudades democráticas y pacíficas",
            "pt": "Cidades democráticas e pacíficas",
        },
        descriptions={
            "en": (
                "Practices that deepen local democracy and peaceful coexistence: neighbourhood "
                "councils, participatory budgets, citizens' assemblies, mediation and legal "
                "frameworks that give citizens a lasting say in public decisions."
            ),
            "fr": (
                "Pratiques qui approfondissent la démocratie locale et le vivre-ensemble : "
                "conseils de quartier, budgets participatifs, assemblées citoyennes, médiation et "
                "cadres juridiques qui donnent durablement voix aux habitants dans les décisions "
                "publiques."
            ),
            "es": (
                "Prácticas que profundizan la democracia local y la convivencia pacífica: consejos "
                "barriales, presupuestos participativos, asambleas ciudadanas, mediación y marcos "
                "legales que dan a la ciudadanía una voz duradera en las decisiones públicas."
            ),
            "pt": (
                "Práticas que aprofundam a democracia local e a convivência pacífica: conselhos de "
                "bairro, orçamentos participativos, assembleias cidadãs, mediação e quadros legais "
                "que dão aos cidadãos uma voz duradoura nas decisões públicas."
            ),
        },
    ),
    DemoNamed(
        key="urban-management-public-space",
        names={
            "en": "Urban management and public space",
            "fr": "Gestion urbaine et espace public",
            "es": "Gestión urbana y espacio público",
            "pt": "Gestão urbana e espaço público",
        },
        descriptions={
            "en": (
                "Practices in which residents take part in planning, designing and managing "
                "streets, squares, parks, facilities and urban services, from the first diagnosis "
                "to maintenance."
            ),
            "fr": (
                "Pratiques dans lesquelles les habitants participent à la planification, à la "
                "conception et à la gestion des rues, places, parcs, équipements et services "
                "urbains, du premier diagnostic à l'entretien."
            ),
            "es": (
                "Prácticas en las que la ciudadanía participa en la planificación, el diseño y la "
                "gestión de calles, plazas, parques, equipamientos y servicios urbanos, desde el "
                "primer diagnóstico hasta el mantenimiento."
            ),
            "pt": (
                "Práticas em que os habitantes participam no planeamento, no desenho e na gestão "
                "de ruas, praças, parques, equipamentos e serviços urbanos, desde o primeiro "
                "diagnóstico até à manutenção."
            ),
        },
    ),
    DemoNamed(
        key="gender-care",
        names={
            "en": "Gender and care",
            "fr": "Genre et soins",
            "es": "Género y cuidados",
            "pt": "Género e cuidados",
        },
        descriptions={
            "en": (
                "Practices that bring a gender perspective into participation and public policy, "
                "recognise care work and make sure that women, and all those who care for others, "
                "can take part on equal terms."
            ),
            "fr": (
                "Pratiques qui intègrent la perspective de genre dans la participation et les "
                "politiques publiques, reconnaissent le travail de soin et permettent aux femmes, "
                "et à toutes celles et ceux qui prennent soin des autres, de participer à égalité."
            ),
            "es": (
                "Prácticas que incorporan la perspectiva de género en la participación y las "
                "políticas públicas, reconocen el trabajo de cuidados y garantizan que las "
                "mujeres, y todas las personas que cuidan de otras, participen en igualdad de "
                "condiciones."
            ),
            "pt": (
                "Práticas que integram a perspetiva de género na participação e nas políticas "
                "públicas, reconhecem o trabalho de cuidado e garantem que as mulheres, e todas as "
                "pessoas que cuidam de outras, participem em igualdade de condições."
            ),
        },
    ),
    DemoNamed(
        key="ecological-transition",
        names={
            "en": "Ecological transition",
            "fr": "Transition écologique",
            "es": "Transición ecológica",
            "pt": "Transição ecológica",
        },
        descriptions={
            "en": (
                "Practices that involve citizens in climate mitigation and adaptation, energy, "
                "food, waste and biodiversity, so that the transition is decided together and its "
                "costs and benefits are shared fairly."
            ),
            "fr": (
                "Pratiques qui associent les citoyens à l'atténuation du changement climatique et "
                "à l'adaptation, à l'énergie, à l'alimentation, aux déchets et à la biodiversité, "
                "pour que la transition soit décidée ensemble et que ses coûts et bénéfices soient "
                "équitablement partagés."
            ),
            "es": (
                "Prácticas que implican a la ciudadanía en la mitigación del cambio climático y la "
                "adaptación, la energía, la alimentación, los residuos y la biodiversidad, para "
                "que la transición se decida en común y sus costes y beneficios se repartan con "
                "justicia."
            ),
            "pt": (
                "Práticas que envolvem os cidadãos na mitigação das alterações climáticas e na "
                "adaptação, na energia, na alimentação, nos resíduos e na biodiversidade, para que "
                "a transição seja decidida em conjunto e os seus custos e benefícios sejam "
                "partilhados de forma justa."
            ),
        },
    ),
    DemoNamed(
        key="civic-tech",
        names={
            "en": "Civic tech",
            "fr": "Technologies civiques",
            "es": "Tecnología cívica",
            "pt": "Tecnologia cívica",
        },
        descriptions={
            "en": (
                "Digital tools and open data that widen participation and accountability, such as "
                "participation platforms, online deliberation and citizen monitoring, designed so "
                "that no one is left out for lack of a connection or of digital skills."
            ),
            "fr": (
                "Outils numériques et données ouvertes qui élargissent la participation et la "
                "redevabilité, comme les plateformes de participation, la délibération en ligne et "
                "le suivi citoyen, conçus pour que personne ne soit exclu faute de connexion ou de "
                "compétences numériques."
            ),
            "es": (
                "Herramientas digitales y datos abiertos que amplían la participación y la "
                "rendición de cuentas, como las plataformas de participación, la deliberación en "
                "línea y el control ciudadano, diseñadas para que nadie quede fuera por falta de "
                "conexión o de competencias digitales."
            ),
            "pt": (
                "Ferramentas digitais e dados abertos que alargam a participação e a prestação de "
                "contas, como plataformas de participação, deliberação online e monitorização "
                "cidadã, concebidas para que ninguém fique de fora por falta de ligação ou de "
                "competências digitais."
            ),
        },
    ),
]


# What jurors score, each with a hint of what to look for.
CRITERIA: list[DemoNamed] = [
    DemoNamed(
        key="inclusion",
        names={
            "en": "Inclusion and equality",
            "fr": "Inclusion et égalité",
            "es": "Inclusión e igualdad",
            "pt": "Inclusão e igualdade",
        },
        descriptions={
            "en": (
                "How the practice reaches groups usually absent from public decisions (women, "
                "youth, migrants, people with disabilities, low-income districts) and removes the "
                "barriers that keep them out."
            ),
            "fr": (
                "Comment la pratique atteint les groupes habituellement absents des décisions "
                "publiques (femmes, jeunes, personnes migrantes, personnes handicapées, quartiers "
                "populaires) et lève les obstacles qui les en tiennent éloignés."
            ),
            "es": (
                "Cómo la práctica llega a los grupos habitualmente ausentes de las decisiones "
                "públicas (mujeres, jóvenes, personas migrantes, personas con discapacidad, "
                "barrios de bajos ingresos) y elimina las barreras que los dejan fuera."
            ),
            "pt": (
                "Como a prática chega aos grupos habitualmente ausentes das decisões públicas "
                "(mulheres, jovens, pessoas migrantes, pessoas com deficiência, bairros de baixos "
                "rendimentos) e remove as barreiras que os deixam de fora."
            ),
        },
    ),
    DemoNamed(
        key="citizenship",
        names={
            "en": "Citizenship and rights",
            "fr": "Citoyenneté et droits",
            "es": "Ciudadanía y derechos",
            "pt": "Cidadania e direitos",
        },
        descriptions={
            "en": (
                "Whether the practice recognises participation as a right, gives citizens real "
                "influence over decisions and strengthens their capacity to act, rather than only "
                "consulting them."
            ),
            "fr": (
                "Si la pratique reconnaît la participation comme un droit, donne aux citoyens une "
                "influence réelle sur les décisions et renforce leur capacité d'agir, au-delà de "
                "la simple consultation."
            ),
            "es": (
                "Si la práctica reconoce la participación como un derecho, da a la ciudadanía una "
                "influencia real en las decisiones y refuerza su capacidad de actuar, más allá de "
                "la simple consulta."
            ),
            "pt": (
                "Se a prática reconhece a participação como um direito, dá aos cidadãos uma "
                "influência real nas decisões e reforça a sua capacidade de agir, para além da "
                "simples consulta."
            ),
        },
    ),
    DemoNamed(
        key="transparency",
        names={
            "en": "Transparency",
            "fr": "Transparence",
            "es": "Transparencia",
            "pt": "Transparência",
        },
        descriptions={
            "en": (
                "Whether the rules, information and results of the process are public and "
                "understandable, and whether participants are told what became of their proposals."
            ),
            "fr": (
                "Si les règles, les informations et les résultats du processus sont publics et "
                "compréhensibles, et si les participants savent ce qu'il est advenu de leurs "
                "propositions."
            ),
            "es": (
                "Si las reglas, la información y los resultados del proceso son públicos y "
                "comprensibles, y si las personas participantes saben qué ocurrió con sus "
                "propuestas."
            ),
            "pt": (
                "Se as regras, a informação e os resultados do processo são públicos e "
                "compreensíveis, e se os participantes sabem o que aconteceu às suas propostas."
            ),
        },
    ),
    DemoNamed(
        key="effectiveness",
        names={
            "en": "Effectiveness",
            "fr": "Efficacité",
            "es": "Eficacia",
            "pt": "Eficácia",
        },
        descriptions={
            "en": (
                "What the practice actually changed: decisions taken, budgets spent, services "
                "improved, and how far the results match the objectives set at the start."
            ),
            "fr": (
                "Ce que la pratique a réellement changé : décisions prises, budgets exécutés, "
                "services améliorés, et dans quelle mesure les résultats correspondent aux "
                "objectifs fixés au départ."
            ),
            "es": (
                "Qué cambió realmente la práctica: decisiones tomadas, presupuestos ejecutados, "
                "servicios mejorados, y en qué medida los resultados responden a los objetivos "
                "fijados al inicio."
            ),
            "pt": (
                "O que a prática mudou de facto: decisões tomadas, orçamentos executados, serviços "
                "melhorados, e em que medida os resultados correspondem aos objetivos definidos no "
                "início."
            ),
        },
    ),
    DemoNamed(
        key="innovation",
        names={
            "en": "Innovation",
            "fr": "Innovation",
            "es": "Innovación",
            "pt": "Inovação",
        },
        descriptions={
            "en": (
                "What is new about the practice in its context: a method, a tool, an alliance or a "
                "way of sharing power that goes beyond what the local government did before."
            ),
            "fr": (
                "Ce que la pratique apporte de nouveau dans son contexte : une méthode, un outil, "
                "une alliance ou une façon de partager le pouvoir qui va au-delà de ce que la "
                "collectivité faisait auparavant."
            ),
            "es": (
                "Qué aporta de nuevo la práctica en su contexto: un método, una herramienta, una "
                "alianza o una forma de compartir el poder que va más allá de lo que el gobierno "
                "local hacía antes."
            ),
            "pt": (
                "O que a prática traz de novo no seu contexto: um método, uma ferramenta, uma "
                "aliança ou uma forma de partilhar o poder que vai além do que o governo local "
                "fazia antes."
            ),
        },
    ),
    DemoNamed(
        key="transferability",
        names={
            "en": "Transferability",
            "fr": "Transférabilité",
            "es": "Transferibilidad",
            "pt": "Transferibilidade",
        },
        descriptions={
            "en": (
                "Whether another local government could adapt the practice: clear steps, "
                "reasonable costs, documented tools, and conditions for success stated honestly."
            ),
            "fr": (
                "Si une autre collectivité pourrait adapter la pratique : étapes claires, coûts "
                "raisonnables, outils documentés et conditions de réussite énoncées avec "
                "honnêteté."
            ),
            "es": (
                "Si otro gobierno local podría adaptar la práctica: pasos claros, costes "
                "razonables, herramientas documentadas y condiciones de éxito expuestas con "
                "honestidad."
            ),
            "pt": (
                "Se outro governo local poderia adaptar a prática: etapas claras, custos "
                "razoáveis, ferramentas documentadas e condições de sucesso apresentadas com "
                "honestidade."
            ),
        },
    ),
    DemoNamed(
        key="evaluation",
        names={
            "en": "Evaluation",
            "fr": "Évaluation",
            "es": "Evaluación",
            "pt": "Avaliação",
        },
        descriptions={
            "en": (
                "Whether the practice is evaluated with data and with the participants themselves, "
                "ideally by someone independent, and whether what was learnt led to changes."
            ),
            "fr": (
                "Si la pratique est évaluée à partir de données et avec les participants "
                "eux-mêmes, idéalement par un tiers indépendant, et si les enseignements ont "
                "conduit à des changements."
            ),
            "es": (
                "Si la práctica se evalúa con datos y con las propias personas participantes, "
                "idealmente por alguien independiente, y si lo aprendido llevó a introducir "
                "cambios."
            ),
            "pt": (
                "Se a prática é avaliada com dados e com os próprios participantes, idealmente por "
                "uma entidade independente, e se as lições aprendidas levaram a mudanças."
            ),
        },
    ),
]


# The evaluation rounds, in order.
ROUNDS: list[DemoNamed] = [
    DemoNamed(
        key="panels",
        names={
            "en": "Category panels",
            "fr": "Jurys par catégorie",
            "es": "Paneles por categoría",
            "pt": "Painéis por categoria",
        },
        descriptions={
            "en": (
                "A panel of jurors for each category scores every eligible candidacy of that "
                "category against the criteria."
            ),
            "fr": (
                "Un jury par catégorie note chaque candidature recevable de sa catégorie au regard "
                "des critères."
            ),
            "es": (
                "Un panel de jurados por categoría puntúa cada candidatura admitida de su "
                "categoría según los criterios."
            ),
            "pt": (
                "Um painel de jurados por categoria pontua cada candidatura elegível da sua "
                "categoria segundo os critérios."
            ),
        },
    ),
    DemoNamed(
        key="final",
        names={
            "en": "Final jury",
            "fr": "Jury final",
            "es": "Jurado final",
            "pt": "Júri final",
        },
        descriptions={
            "en": (
                "The final jury scores the shortlisted candidacies, deliberates and decides on the "
                "award and the special mentions."
            ),
            "fr": (
                "Le jury final note les candidatures présélectionnées, délibère et décide du prix "
                "et des mentions spéciales."
            ),
            "es": (
                "El jurado final puntúa las candidaturas preseleccionadas, delibera y decide el "
                "premio y las menciones especiales."
            ),
            "pt": (
                "O júri final pontua as candidaturas pré-selecionadas, delibera e decide o prémio "
                "e as menções especiais."
            ),
        },
    ),
]


# The texts of the demo's editions, by key: names carry no year (the edition adds it).
EDITION_TEXTS: dict[str, DemoNamed] = {
    "iopd": DemoNamed(
        key="iopd",
        names={
            "en": "IOPD Award — Best Practice in Citizen Participation",
            "fr": "Prix OIDP — Bonne pratique de participation citoyenne",
            "es": "Premio OIDP — Buena Práctica en Participación Ciudadana",
            "pt": "Prémio OIDP — Boa Prática em Participação Cidadã",
        },
        descriptions={
            "en": (
                "Every year, the International Observatory on Participatory Democracy recognises "
                "innovative experiences of citizen participation led by local governments. The "
                "call is open to cities, municipalities and regions of every size and every "
                "continent, and to associations of local governments. Candidacies are scored by "
                "category panels and then by a final jury against seven criteria, and the winning "
                "practices are presented at the IOPD annual conference."
            ),
            "fr": (
                "Chaque année, l'Observatoire international de la démocratie participative "
                "distingue des expériences innovantes de participation citoyenne menées par des "
                "gouvernements locaux. L'appel est ouvert aux villes, communes et régions de "
                "toutes tailles et de tous les continents, ainsi qu'aux associations de "
                "collectivités. Les candidatures sont notées par des jurys par catégorie puis par "
                "un jury final selon sept critères, et les pratiques lauréates sont présentées "
                "lors de la conférence annuelle de l'OIDP."
            ),
            "es": (
                "Cada año, el Observatorio Internacional de la Democracia Participativa reconoce "
                "experiencias innovadoras de participación ciudadana impulsadas por gobiernos "
                "locales. La convocatoria está abierta a ciudades, municipios y regiones de todos "
                "los tamaños y continentes, así como a asociaciones de gobiernos locales. Las "
                "candidaturas son puntuadas por paneles por categoría y después por un jurado "
                "final según siete criterios, y las prácticas galardonadas se presentan en la "
                "conferencia anual del OIDP."
            ),
            "pt": (
                "Todos os anos, o Observatório Internacional da Democracia Participativa reconhece "
                "experiências inovadoras de participação cidadã promovidas por governos locais. A "
                "chamada está aberta a cidades, municípios e regiões de todas as dimensões e "
                "continentes, bem como a associações de governos locais. As candidaturas são "
                "pontuadas por painéis por categoria e depois por um júri final segundo sete "
                "critérios, e as práticas premiadas são apresentadas na conferência anual do OIDP."
            ),
        },
    ),
    "ypb": DemoNamed(
        key="ypb",
        names={
            "en": "IOPD Award — Youth Participatory Budgeting",
            "fr": "Prix OIDP — Budget participatif des jeunes",
            "es": "Premio OIDP — Presupuesto Participativo Joven",
            "pt": "Prémio OIDP — Orçamento Participativo Jovem",
        },
        descriptions={
            "en": (
                "A call of the same network for participatory budgets designed with and for young "
                "people. It recognises local governments where children, teenagers and young "
                "adults propose, debate and vote on public investments, in schools, youth centres "
                "or online. Juries pay particular attention to how the process reaches young "
                "people who rarely take part, and to the civic skills it builds over time."
            ),
            "fr": (
                "Un appel du même réseau consacré aux budgets participatifs conçus avec et pour "
                "les jeunes. Il distingue les collectivités où des enfants, des adolescents et de "
                "jeunes adultes proposent, débattent et votent des investissements publics, à "
                "l'école, dans les maisons de jeunes ou en ligne. Les jurys sont particulièrement "
                "attentifs à la manière dont le processus touche les jeunes qui participent "
                "rarement et aux compétences civiques qu'il développe dans la durée."
            ),
            "es": (
                "Una convocatoria de la misma red dedicada a los presupuestos participativos "
                "diseñados con y para la juventud. Reconoce a gobiernos locales donde niñas, "
                "niños, adolescentes y jóvenes proponen, debaten y votan inversiones públicas, en "
                "centros educativos, centros juveniles o en línea. Los jurados prestan especial "
                "atención a cómo el proceso llega a jóvenes que rara vez participan y a las "
                "competencias cívicas que construye en el tiempo."
            ),
            "pt": (
                "Uma chamada da mesma rede dedicada aos orçamentos participativos desenhados com e "
                "para os jovens. Reconhece governos locais onde crianças, adolescentes e jovens "
                "adultos propõem, debatem e votam investimentos públicos, nas escolas, nos centros "
                "de juventude ou online. Os júris prestam especial atenção à forma como o processo "
                "chega aos jovens que raramente participam e às competências cívicas que constrói "
                "ao longo do tempo."
            ),
        },
    ),
}


# The distinctions a jury may award.
PRIZES: list[DemoNamed] = [
    DemoNamed(
        key="award",
        names={
            "en": "Award",
            "fr": "Prix",
            "es": "Premio",
            "pt": "Prémio",
        },
        descriptions={
            "en": (
                "The distinction given to the best practice of the edition, presented at the "
                "annual conference."
            ),
            "fr": (
                "La distinction attribuée à la meilleure pratique de l'édition, remise lors de la "
                "conférence annuelle."
            ),
            "es": (
                "La distinción otorgada a la mejor práctica de la edición, entregada en la "
                "conferencia anual."
            ),
            "pt": (
                "A distinção atribuída à melhor prática da edição, entregue na conferência anual."
            ),
        },
    ),
    DemoNamed(
        key="mention-gender",
        names={
            "en": "Special mention — Gender perspective",
            "fr": "Mention spéciale — Perspective de genre",
            "es": "Mención especial — Perspectiva de género",
            "pt": "Menção especial — Perspetiva de género",
        },
        descriptions={
            "en": (
                "For a practice that stands out for the way it brings a gender perspective into "
                "citizen participation."
            ),
            "fr": (
                "Pour une pratique qui se distingue par la manière dont elle intègre la "
                "perspective de genre dans la participation citoyenne."
            ),
            "es": (
                "Para una práctica que destaca por la forma en que incorpora la perspectiva de "
                "género en la participación ciudadana."
            ),
            "pt": (
                "Para uma prática que se destaca pela forma como integra a perspetiva de género na "
                "participação cidadã."
            ),
        },
    ),
    DemoNamed(
        key="mention-youth",
        names={
            "en": "Special mention — Youth participation",
            "fr": "Mention spéciale — Participation des jeunes",
            "es": "Mención especial — Participación juvenil",
            "pt": "Menção especial — Participação juvenil",
        },
        descriptions={
            "en": (
                "For a practice that stands out for giving young people a real say in public "
                "decisions."
            ),
            "fr": (
                "Pour une pratique qui se distingue en donnant aux jeunes un pouvoir réel sur les "
                "décisions publiques."
            ),
            "es": (
                "Para una práctica que destaca por dar a la juventud una voz real en las "
                "decisiones públicas."
            ),
            "pt": (
                "Para uma prática que se destaca por dar aos jovens uma voz real nas decisões "
                "públicas."
            ),
        },
    ),
]


# Real local governments from every UCLG region, and a few associations, each applying
# in the language a body of that country plausibly would.
ORGANISATIONS: list[DemoOrganisation] = [
    # Africa
    DemoOrganisation(
        name="Ville de Dakar",
        city="Dakar",
        country="SN",
        region="africa",
        population_band="1m-5m",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="Commune de Dschang",
        city="Dschang",
        country="CM",
        region="africa",
        population_band="100k-500k",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="Commune de Rabat",
        city="Rabat",
        country="MA",
        region="africa",
        population_band="500k-1m",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="Municipalité de Tunis",
        city="Tunis",
        country="TN",
        region="africa",
        population_band="500k-1m",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="Commune de Cocody",
        city="Cocody",
        country="CI",
        region="africa",
        population_band="500k-1m",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="Commune de Ouagadougou",
        city="Ouagadougou",
        country="BF",
        region="africa",
        population_band="1m-5m",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="Conselho Municipal da Cidade de Maputo",
        city="Maputo",
        country="MZ",
        region="africa",
        population_band="1m-5m",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Conselho Municipal de Quelimane",
        city="Quelimane",
        country="MZ",
        region="africa",
        population_band="100k-500k",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Câmara Municipal da Praia",
        city="Praia",
        country="CV",
        region="africa",
        population_band="100k-500k",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Governo Provincial de Luanda",
        city="Luanda",
        country="AO",
        region="africa",
        population_band="gt5m",
        kind="regional_government",
        language="pt",
    ),
    DemoOrganisation(
        name="City of Johannesburg Metropolitan Municipality",
        city="Johannesburg",
        country="ZA",
        region="africa",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="eThekwini Municipality",
        city="Durban",
        country="ZA",
        region="africa",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Kampala Capital City Authority",
        city="Kampala",
        country="UG",
        region="africa",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Nairobi City County",
        city="Nairobi",
        country="KE",
        region="africa",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    # Asia-Pacific
    DemoOrganisation(
        name="Seoul Metropolitan Government",
        city="Seoul",
        country="KR",
        region="asia_pacific",
        population_band="gt5m",
        kind="local_government",
        language="en",
        website="https://english.seoul.go.kr",
    ),
    DemoOrganisation(
        name="Taipei City Government",
        city="Taipei",
        country="TW",
        region="asia_pacific",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="City of Yokohama",
        city="Yokohama",
        country="JP",
        region="asia_pacific",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="City of Melbourne",
        city="Melbourne",
        country="AU",
        region="asia_pacific",
        population_band="100k-500k",
        kind="local_government",
        language="en",
        website="https://www.melbourne.vic.gov.au",
    ),
    DemoOrganisation(
        name="Wellington City Council",
        city="Wellington",
        country="NZ",
        region="asia_pacific",
        population_band="100k-500k",
        kind="local_government",
        language="en",
        website="https://wellington.govt.nz",
    ),
    DemoOrganisation(
        name="Pune Municipal Corporation",
        city="Pune",
        country="IN",
        region="asia_pacific",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Kochi Municipal Corporation",
        city="Kochi",
        country="IN",
        region="asia_pacific",
        population_band="500k-1m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Surabaya City Government",
        city="Surabaya",
        country="ID",
        region="asia_pacific",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Quezon City Government",
        city="Quezon City",
        country="PH",
        region="asia_pacific",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    # Eurasia
    DemoOrganisation(
        name="Kazan City Executive Committee",
        city="Kazan",
        country="RU",
        region="eurasia",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Akimat of Almaty",
        city="Almaty",
        country="KZ",
        region="eurasia",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Bishkek City Hall",
        city="Bishkek",
        country="KG",
        region="eurasia",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Yerevan Municipality",
        city="Yerevan",
        country="AM",
        region="eurasia",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Gyumri Municipality",
        city="Gyumri",
        country="AM",
        region="eurasia",
        population_band="100k-500k",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Tbilisi City Hall",
        city="Tbilisi",
        country="GE",
        region="eurasia",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Baku City Executive Power",
        city="Baku",
        country="AZ",
        region="eurasia",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Tashkent City Khokimiyat",
        city="Tashkent",
        country="UZ",
        region="eurasia",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    # Europe
    DemoOrganisation(
        name="Ville de Paris",
        city="Paris",
        country="FR",
        region="europe",
        population_band="1m-5m",
        kind="local_government",
        language="fr",
        website="https://www.paris.fr",
    ),
    DemoOrganisation(
        name="Ville de Grenoble",
        city="Grenoble",
        country="FR",
        region="europe",
        population_band="100k-500k",
        kind="local_government",
        language="fr",
        website="https://www.grenoble.fr",
    ),
    DemoOrganisation(
        name="Ville de Lille",
        city="Lille",
        country="FR",
        region="europe",
        population_band="100k-500k",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="Ville de Bruxelles",
        city="Bruxelles",
        country="BE",
        region="europe",
        population_band="100k-500k",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="Ayuntamiento de Madrid",
        city="Madrid",
        country="ES",
        region="europe",
        population_band="1m-5m",
        kind="local_government",
        language="es",
        website="https://www.madrid.es",
    ),
    DemoOrganisation(
        name="Ayuntamiento de Barcelona",
        city="Barcelona",
        country="ES",
        region="europe",
        population_band="1m-5m",
        kind="local_government",
        language="es",
        website="https://www.barcelona.cat",
    ),
    DemoOrganisation(
        name="Ayuntamiento de Sevilla",
        city="Sevilla",
        country="ES",
        region="europe",
        population_band="500k-1m",
        kind="local_government",
        language="es",
    ),
    DemoOrganisation(
        name="Câmara Municipal de Lisboa",
        city="Lisboa",
        country="PT",
        region="europe",
        population_band="500k-1m",
        kind="local_government",
        language="pt",
        website="https://www.lisboa.pt",
    ),
    DemoOrganisation(
        name="Câmara Municipal de Cascais",
        city="Cascais",
        country="PT",
        region="europe",
        population_band="100k-500k",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Câmara Municipal de Valongo",
        city="Valongo",
        country="PT",
        region="europe",
        population_band="20k-100k",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="City of Bologna",
        city="Bologna",
        country="IT",
        region="europe",
        population_band="100k-500k",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="City of Ghent",
        city="Ghent",
        country="BE",
        region="europe",
        population_band="100k-500k",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="City of Helsinki",
        city="Helsinki",
        country="FI",
        region="europe",
        population_band="500k-1m",
        kind="local_government",
        language="en",
        website="https://www.hel.fi",
    ),
    DemoOrganisation(
        name="Dublin City Council",
        city="Dublin",
        country="IE",
        region="europe",
        population_band="500k-1m",
        kind="local_government",
        language="en",
        website="https://www.dublincity.ie",
    ),
    DemoOrganisation(
        name="City of Gdańsk",
        city="Gdańsk",
        country="PL",
        region="europe",
        population_band="100k-500k",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Reykjavík City",
        city="Reykjavík",
        country="IS",
        region="europe",
        population_band="100k-500k",
        kind="local_government",
        language="en",
    ),
    # Latin America
    DemoOrganisation(
        name="Prefeitura de Porto Alegre",
        city="Porto Alegre",
        country="BR",
        region="latin_america",
        population_band="1m-5m",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Prefeitura de Belo Horizonte",
        city="Belo Horizonte",
        country="BR",
        region="latin_america",
        population_band="1m-5m",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Prefeitura de São Paulo",
        city="São Paulo",
        country="BR",
        region="latin_america",
        population_band="gt5m",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Prefeitura do Recife",
        city="Recife",
        country="BR",
        region="latin_america",
        population_band="1m-5m",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Prefeitura de Fortaleza",
        city="Fortaleza",
        country="BR",
        region="latin_america",
        population_band="1m-5m",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Prefeitura de Niterói",
        city="Niterói",
        country="BR",
        region="latin_america",
        population_band="100k-500k",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Prefeitura de Canoas",
        city="Canoas",
        country="BR",
        region="latin_america",
        population_band="100k-500k",
        kind="local_government",
        language="pt",
    ),
    DemoOrganisation(
        name="Municipalidad de Rosario",
        city="Rosario",
        country="AR",
        region="latin_america",
        population_band="1m-5m",
        kind="local_government",
        language="es",
    ),
    DemoOrganisation(
        name="Intendencia de Montevideo",
        city="Montevideo",
        country="UY",
        region="latin_america",
        population_band="1m-5m",
        kind="local_government",
        language="es",
        website="https://montevideo.gub.uy",
    ),
    DemoOrganisation(
        name="Alcaldía de Medellín",
        city="Medellín",
        country="CO",
        region="latin_america",
        population_band="1m-5m",
        kind="local_government",
        language="es",
    ),
    DemoOrganisation(
        name="Alcaldía Mayor de Bogotá",
        city="Bogotá",
        country="CO",
        region="latin_america",
        population_band="gt5m",
        kind="local_government",
        language="es",
    ),
    DemoOrganisation(
        name="Gobierno de la Ciudad de México",
        city="Ciudad de México",
        country="MX",
        region="latin_america",
        population_band="gt5m",
        kind="local_government",
        language="es",
    ),
    DemoOrganisation(
        name="Municipalidad Metropolitana de Lima",
        city="Lima",
        country="PE",
        region="latin_america",
        population_band="gt5m",
        kind="local_government",
        language="es",
    ),
    DemoOrganisation(
        name="Municipalidad de Peñalolén",
        city="Peñalolén",
        country="CL",
        region="latin_america",
        population_band="100k-500k",
        kind="local_government",
        language="es",
    ),
    DemoOrganisation(
        name="Municipio del Distrito Metropolitano de Quito",
        city="Quito",
        country="EC",
        region="latin_america",
        population_band="1m-5m",
        kind="local_government",
        language="es",
    ),
    DemoOrganisation(
        name="Municipalidad de San José",
        city="San José",
        country="CR",
        region="latin_america",
        population_band="100k-500k",
        kind="local_government",
        language="es",
    ),
    # Middle East and West Asia
    DemoOrganisation(
        name="Istanbul Metropolitan Municipality",
        city="Istanbul",
        country="TR",
        region="mewa",
        population_band="gt5m",
        kind="local_government",
        language="en",
        website="https://www.ibb.istanbul",
    ),
    DemoOrganisation(
        name="İzmir Metropolitan Municipality",
        city="İzmir",
        country="TR",
        region="mewa",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Çankaya Municipality",
        city="Çankaya",
        country="TR",
        region="mewa",
        population_band="500k-1m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Greater Amman Municipality",
        city="Amman",
        country="JO",
        region="mewa",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Municipality of Beirut",
        city="Beirut",
        country="LB",
        region="mewa",
        population_band="100k-500k",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Ramallah Municipality",
        city="Ramallah",
        country="PS",
        region="mewa",
        population_band="20k-100k",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Tehran Municipality",
        city="Tehran",
        country="IR",
        region="mewa",
        population_band="gt5m",
        kind="local_government",
        language="en",
    ),
    DemoOrganisation(
        name="Dubai Municipality",
        city="Dubai",
        country="AE",
        region="mewa",
        population_band="1m-5m",
        kind="local_government",
        language="en",
    ),
    # North America
    DemoOrganisation(
        name="Ville de Montréal",
        city="Montréal",
        country="CA",
        region="north_america",
        population_band="1m-5m",
        kind="local_government",
        language="fr",
        website="https://montreal.ca",
    ),
    DemoOrganisation(
        name="Ville de Gatineau",
        city="Gatineau",
        country="CA",
        region="north_america",
        population_band="100k-500k",
        kind="local_government",
        language="fr",
    ),
    DemoOrganisation(
        name="City of Toronto",
        city="Toronto",
        country="CA",
        region="north_america",
        population_band="1m-5m",
        kind="local_government",
        language="en",
        website="https://www.toronto.ca",
    ),
    DemoOrganisation(
        name="City of Vancouver",
        city="Vancouver",
        country="CA",
        region="north_america",
        population_band="500k-1m",
        kind="local_government",
        language="en",
        website="https://vancouver.ca",
    ),
    DemoOrganisation(
        name="New York City Council",
        city="New York",
        country="US",
        region="north_america",
        population_band="gt5m",
        kind="local_government",
        language="en",
        website="https://council.nyc.gov",
    ),
    DemoOrganisation(
        name="City of Chicago",
        city="Chicago",
        country="US",
        region="north_america",
        population_band="1m-5m",
        kind="local_government",
        language="en",
        website="https://www.chicago.gov",
    ),
    DemoOrganisation(
        name="City of Boston",
        city="Boston",
        country="US",
        region="north_america",
        population_band="500k-1m",
        kind="local_government",
        language="en",
        website="https://www.boston.gov",
    ),
    DemoOrganisation(
        name="City of Seattle",
        city="Seattle",
        country="US",
        region="north_america",
        population_band="500k-1m",
        kind="local_government",
        language="en",
        website="https://www.seattle.gov",
    ),
    DemoOrganisation(
        name="City of Cambridge",
        city="Cambridge",
        country="US",
        region="north_america",
        population_band="100k-500k",
        kind="local_government",
        language="en",
    ),
    # Associations and civil society
    DemoOrganisation(
        name="União das Associações de Moradores de Porto Alegre",
        city="Porto Alegre",
        country="BR",
        region="latin_america",
        population_band="1m-5m",
        kind="civil_society",
        language="pt",
    ),
    DemoOrganisation(
        name="Federación de Asociaciones Vecinales de Barcelona",
        city="Barcelona",
        country="ES",
        region="europe",
        population_band="1m-5m",
        kind="civil_society",
        language="es",
    ),
    DemoOrganisation(
        name="Association des Maires du Sénégal",
        city="Dakar",
        country="SN",
        region="africa",
        population_band="1m-5m",
        kind="association",
        language="fr",
    ),
    DemoOrganisation(
        name="Federation of Canadian Municipalities",
        city="Ottawa",
        country="CA",
        region="north_america",
        population_band="1m-5m",
        kind="association",
        language="en",
        website="https://fcm.ca",
    ),
]


# Fictional applications, each in the four languages. Placeholders: {organisation} and
# {city} in organisation_presentation; {city} in practice_description and public_summary.
PRACTICES: list[DemoPractice] = [
    # Democratic and peaceful cities
    DemoPractice(
        category="democratic-peaceful-cities",
        texts={
            "en": PracticeText(
                title=(
                    "A participation ordinance that gives every neighbourhood council a voice and "
                    "a budget"
                ),
                organisation_presentation=(
                    "{organisation} serves the residents of {city} through an elected council and "
                    "a network of district offices. Citizen participation has been part of local "
                    "policy for more than a decade, first through public hearings and "
                    "consultations, then through a participatory budget. In 2019 the council "
                    "decided to move from a collection of projects to a permanent framework that "
                    "does not depend on who wins the next election."
                ),
                practice_description=(
                    "In {city}, the participation ordinance adopted in 2020 created 24 "
                    "neighbourhood councils, each open to any resident over 16 and coordinated by "
                    "a board of nine members: six elected at an open assembly and three drawn by "
                    "lot. Every council receives an annual envelope to decide on small works, can "
                    "place items on the agenda of the city council, and must be consulted before "
                    "any project above a set threshold is approved in its area. A participation "
                    "office supports the councils with facilitators, training and interpretation."
                ),
                objectives=(
                    "Participation used to depend on the goodwill of each department and on the "
                    "political calendar. The ordinance set out to make it a right: clear rules on "
                    "who can take part, binding deadlines for the administration to answer "
                    "proposals, and a guaranteed budget. A second objective was to bring new "
                    "people into public life, since the old residents' associations were dominated "
                    "by the same small group of long-standing members."
                ),
                participants=(
                    "In the first two years, 6,800 residents attended at least one neighbourhood "
                    "council meeting. Drawing three board members by lot, with quotas by gender "
                    "and age, brought in people who would never have stood for election: 41% of "
                    "board members are women and 28% are under 30. Meetings are held in the "
                    "evening and on Saturdays, with childcare, interpretation into two community "
                    "languages and sign language on request."
                ),
                results=(
                    "The councils have approved 212 small projects, from benches and lighting to a "
                    "community kitchen, for a total of 3.5 million euros over two years. They put "
                    "37 items on the city council agenda, 22 of which led to a decision. The "
                    "administration answered 94% of proposals within the 60 days set by the "
                    "ordinance, against an estimated third before. Two councils obtained the "
                    "redesign of a dangerous crossing and the reopening of a health centre."
                ),
                evaluation=(
                    "A university team evaluates the ordinance every two years, combining "
                    "attendance records, an online survey of participants and focus groups with "
                    "residents who stopped attending. The first report showed that councils in "
                    "wealthier districts met more often and spent their envelope faster. In "
                    "response, the city created a support fund and extra facilitation hours for "
                    "the five districts with the lowest participation."
                ),
                transferability=(
                    "The ordinance, the boards' rules of procedure and the sortition method are "
                    "published under an open licence. Any local government with district-level "
                    "structures can adapt them. The essential conditions are a guaranteed budget "
                    "line, a small team of facilitators and an agreement across political parties, "
                    "which in our case protected the ordinance after the change of majority at the "
                    "last election."
                ),
                public_summary=(
                    "{city} adopted a participation ordinance that turns neighbourhood "
                    "participation into a right. Twenty-four neighbourhood councils, with boards "
                    "partly drawn by lot, manage an annual budget, can put items on the city "
                    "council agenda and must be consulted on major projects. In two years, 6,800 "
                    "residents took part and 212 local projects were carried out."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Un règlement de la participation qui donne à chaque conseil de quartier une "
                    "voix et un budget"
                ),
                organisation_presentation=(
                    "Notre collectivité, {organisation}, sert les habitantes et les habitants de "
                    "{city} grâce à un conseil élu et à un réseau de mairies de quartier. La "
                    "participation citoyenne fait partie de l'action locale depuis plus de dix "
                    "ans, d'abord avec des réunions publiques et des concertations, puis avec un "
                    "budget participatif. En 2019, le conseil a décidé de passer d'une somme de "
                    "projets à un cadre permanent qui ne dépende pas du résultat des prochaines "
                    "élections."
                ),
                practice_description=(
                    "À {city}, le règlement de la participation adopté en 2020 a créé 24 conseils "
                    "de quartier, ouverts à toute personne de plus de 16 ans résidant dans le "
                    "quartier et animés par un bureau de neuf membres : six élus en assemblée "
                    "ouverte et trois tirés au sort. Chaque conseil dispose d'une enveloppe "
                    "annuelle pour décider de petits travaux, peut inscrire des points à l'ordre "
                    "du jour du conseil municipal et doit être consulté avant l'approbation de "
                    "tout projet dépassant un certain seuil sur son territoire. Un service de la "
                    "participation accompagne les conseils avec des animateurs, des formations et "
                    "de l'interprétariat."
                ),
                objectives=(
                    "La participation dépendait de la bonne volonté de chaque service et du "
                    "calendrier politique. Le règlement visait à en faire un droit : des règles "
                    "claires sur qui peut participer, des délais contraignants pour que "
                    "l'administration réponde aux propositions et un budget garanti. Un second "
                    "objectif était d'amener de nouvelles personnes à la vie publique, car les "
                    "anciennes associations d'habitants étaient dominées par le même petit groupe "
                    "de membres de longue date."
                ),
                participants=(
                    "Au cours des deux premières années, 6 800 habitants ont assisté à au moins "
                    "une réunion de conseil de quartier. Le tirage au sort de trois membres des "
                    "bureaux, avec des quotas par genre et par âge, a fait entrer des personnes "
                    "qui ne se seraient jamais présentées à une élection : 41 % des membres des "
                    "bureaux sont des femmes et 28 % ont moins de 30 ans. Les réunions ont lieu le "
                    "soir et le samedi, avec garde d'enfants, interprétation dans deux langues "
                    "communautaires et en langue des signes sur demande."
                ),
                results=(
                    "Les conseils ont approuvé 212 petits projets, des bancs et de l'éclairage "
                    "jusqu'à une cuisine collective, pour un total de 3,5 millions d'euros sur "
                    "deux ans. Ils ont inscrit 37 points à l'ordre du jour du conseil municipal, "
                    "dont 22 ont abouti à une décision. L'administration a répondu à 94 % des "
                    "propositions dans les 60 jours prévus par le règlement, contre environ un "
                    "tiers auparavant. Deux conseils ont obtenu le réaménagement d'un carrefour "
                    "dangereux et la réouverture d'un centre de santé."
                ),
                evaluation=(
                    "Une équipe universitaire évalue le règlement tous les deux ans, en croisant "
                    "les registres de présence, une enquête en ligne auprès des participants et "
                    "des groupes de discussion avec des habitants qui ont cessé de venir. Le "
                    "premier rapport a montré que les conseils des quartiers aisés se réunissaient "
                    "plus souvent et dépensaient plus vite leur enveloppe. En réponse, la ville a "
                    "créé un fonds d'appui et des heures d'animation supplémentaires pour les cinq "
                    "quartiers où la participation est la plus faible."
                ),
                transferability=(
                    "Le règlement, le règlement intérieur des bureaux et la méthode de tirage au "
                    "sort sont publiés sous licence libre. Toute collectivité dotée de structures "
                    "de quartier peut les adapter. Les conditions essentielles sont une ligne "
                    "budgétaire garantie, une petite équipe d'animation et un accord entre les "
                    "partis politiques, qui dans notre cas a protégé le règlement lors du "
                    "changement de majorité aux dernières élections."
                ),
                public_summary=(
                    "{city} a adopté un règlement de la participation qui fait de la participation "
                    "de quartier un droit. Vingt-quatre conseils de quartier, dont les bureaux "
                    "sont en partie tirés au sort, gèrent un budget annuel, peuvent inscrire des "
                    "points à l'ordre du jour du conseil municipal et doivent être consultés sur "
                    "les grands projets. En deux ans, 6 800 habitants y ont participé et 212 "
                    "projets locaux ont été réalisés."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Una ordenanza de participación que da voz y presupuesto a cada consejo barrial"
                ),
                organisation_presentation=(
                    "Nuestro gobierno local, {organisation}, sirve a la población de {city} "
                    "mediante un concejo electo y una red de oficinas de distrito. La "
                    "participación ciudadana forma parte de la política local desde hace más de "
                    "diez años, primero con audiencias públicas y consultas, y después con un "
                    "presupuesto participativo. En 2019, el concejo decidió pasar de una suma de "
                    "proyectos a un marco permanente que no dependa de quién gane las próximas "
                    "elecciones."
                ),
                practice_description=(
                    "En {city}, la ordenanza de participación aprobada en 2020 creó 24 consejos "
                    "barriales, abiertos a cualquier vecina o vecino mayor de 16 años y "
                    "coordinados por una mesa de nueve personas: seis elegidas en asamblea abierta "
                    "y tres sorteadas. Cada consejo recibe una partida anual para decidir pequeñas "
                    "obras, puede incluir puntos en el orden del día del concejo municipal y debe "
                    "ser consultado antes de aprobar cualquier proyecto que supere cierto umbral "
                    "en su territorio. Una oficina de participación acompaña a los consejos con "
                    "facilitadores, formación e interpretación."
                ),
                objectives=(
                    "La participación dependía de la buena voluntad de cada área y del calendario "
                    "político. La ordenanza buscó convertirla en un derecho: reglas claras sobre "
                    "quién puede participar, plazos obligatorios para que la administración "
                    "responda a las propuestas y un presupuesto garantizado. Un segundo objetivo "
                    "era incorporar a personas nuevas a la vida pública, porque las antiguas "
                    "asociaciones vecinales estaban dominadas por el mismo pequeño grupo de "
                    "miembros de larga trayectoria."
                ),
                participants=(
                    "En los dos primeros años, 6.800 vecinas y vecinos asistieron al menos a una "
                    "reunión de su consejo barrial. El sorteo de tres integrantes de cada mesa, "
                    "con cuotas por género y edad, atrajo a personas que nunca se habrían "
                    "presentado a una elección: el 41 % de quienes integran las mesas son mujeres "
                    "y el 28 % tiene menos de 30 años. Las reuniones se celebran por la tarde y "
                    "los sábados, con cuidado infantil, interpretación a dos lenguas comunitarias "
                    "y lengua de señas a pedido."
                ),
                results=(
                    "Los consejos aprobaron 212 pequeños proyectos, desde bancos e iluminación "
                    "hasta una cocina comunitaria, por un total de 3,5 millones de euros en dos "
                    "años. Incluyeron 37 puntos en el orden del día del concejo municipal, 22 de "
                    "los cuales dieron lugar a una decisión. La administración respondió al 94 % "
                    "de las propuestas dentro de los 60 días que fija la ordenanza, frente a "
                    "aproximadamente un tercio antes. Dos consejos lograron el rediseño de un "
                    "cruce peligroso y la reapertura de un centro de salud."
                ),
                evaluation=(
                    "Un equipo universitario evalúa la ordenanza cada dos años, combinando "
                    "registros de asistencia, una encuesta en línea a participantes y grupos "
                    "focales con vecinos que dejaron de asistir. El primer informe mostró que los "
                    "consejos de los barrios acomodados se reunían con más frecuencia y ejecutaban "
                    "su partida más rápido. En respuesta, la ciudad creó un fondo de apoyo y horas "
                    "adicionales de facilitación para los cinco barrios con menor participación."
                ),
                transferability=(
                    "La ordenanza, el reglamento interno de las mesas y el método de sorteo se "
                    "publican con licencia abierta. Cualquier gobierno local con estructuras de "
                    "distrito puede adaptarlos. Las condiciones esenciales son una partida "
                    "presupuestaria garantizada, un pequeño equipo de facilitación y un acuerdo "
                    "entre partidos políticos, que en nuestro caso protegió la ordenanza tras el "
                    "cambio de mayoría en las últimas elecciones."
                ),
                public_summary=(
                    "{city} aprobó una ordenanza de participación que convierte la participación "
                    "barrial en un derecho. Veinticuatro consejos barriales, con mesas en parte "
                    "sorteadas, gestionan un presupuesto anual, pueden incluir puntos en el orden "
                    "del día del concejo municipal y deben ser consultados sobre los grandes "
                    "proyectos. En dos años participaron 6.800 vecinas y vecinos y se realizaron "
                    "212 proyectos locales."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Um regulamento da participação que dá voz e orçamento a cada conselho de "
                    "bairro"
                ),
                organisation_presentation=(
                    "O nosso governo local, {organisation}, serve os habitantes de {city} através "
                    "de uma câmara eleita e de uma rede de serviços descentralizados nos bairros. "
                    "A participação cidadã faz parte da política local há mais de dez anos, "
                    "primeiro com audiências públicas e consultas, depois com um orçamento "
                    "participativo. Em 2019, decidimos passar de um conjunto de projetos para um "
                    "quadro permanente que não dependa de quem ganhe as próximas eleições."
                ),
                practice_description=(
                    "Em {city}, o regulamento da participação aprovado em 2020 criou 24 conselhos "
                    "de bairro, abertos a qualquer residente com mais de 16 anos e coordenados por "
                    "uma mesa de nove membros: seis eleitos em assembleia aberta e três sorteados. "
                    "Cada conselho recebe uma verba anual para decidir pequenas obras, pode "
                    "incluir pontos na ordem do dia da assembleia municipal e tem de ser "
                    "consultado antes da aprovação de qualquer projeto acima de um determinado "
                    "valor no seu território. Um gabinete de participação apoia os conselhos com "
                    "facilitadores, formação e interpretação."
                ),
                objectives=(
                    "A participação dependia da boa vontade de cada serviço e do calendário "
                    "político. O regulamento pretendeu transformá-la num direito: regras claras "
                    "sobre quem pode participar, prazos obrigatórios para a administração "
                    "responder às propostas e um orçamento garantido. Um segundo objetivo era "
                    "trazer pessoas novas para a vida pública, pois as antigas associações de "
                    "moradores eram dominadas pelo mesmo pequeno grupo de membros de longa data."
                ),
                participants=(
                    "Nos dois primeiros anos, 6800 residentes participaram em pelo menos uma "
                    "reunião do seu conselho de bairro. O sorteio de três membros de cada mesa, "
                    "com quotas por género e idade, atraiu pessoas que nunca se teriam candidatado "
                    "a uma eleição: 41% dos membros das mesas são mulheres e 28% têm menos de 30 "
                    "anos. As reuniões realizam-se ao fim do dia e aos sábados, com acolhimento de "
                    "crianças, interpretação para duas línguas comunitárias e língua gestual a "
                    "pedido."
                ),
                results=(
                    "Os conselhos aprovaram 212 pequenos projetos, de bancos e iluminação a uma "
                    "cozinha comunitária, num total de 3,5 milhões de euros em dois anos. "
                    "Incluíram 37 pontos na ordem do dia da assembleia municipal, 22 dos quais "
                    "deram origem a uma decisão. A administração respondeu a 94% das propostas "
                    "dentro dos 60 dias fixados pelo regulamento, contra cerca de um terço antes. "
                    "Dois conselhos conseguiram a requalificação de um cruzamento perigoso e a "
                    "reabertura de um centro de saúde."
                ),
                evaluation=(
                    "Uma equipa universitária avalia o regulamento de dois em dois anos, cruzando "
                    "registos de presença, um inquérito online aos participantes e grupos focais "
                    "com residentes que deixaram de participar. O primeiro relatório mostrou que "
                    "os conselhos dos bairros mais ricos se reuniam com mais frequência e gastavam "
                    "a sua verba mais depressa. Em resposta, a cidade criou um fundo de apoio e "
                    "horas de facilitação adicionais para os cinco bairros com menor participação."
                ),
                transferability=(
                    "O regulamento, as regras de funcionamento das mesas e o método de sorteio "
                    "estão publicados com licença aberta. Qualquer governo local com estruturas de "
                    "bairro pode adaptá-los. As condições essenciais são uma rubrica orçamental "
                    "garantida, uma pequena equipa de facilitação e um acordo entre partidos "
                    "políticos, que no nosso caso protegeu o regulamento após a mudança de maioria "
                    "nas últimas eleições."
                ),
                public_summary=(
                    "{city} aprovou um regulamento da participação que faz da participação nos "
                    "bairros um direito. Vinte e quatro conselhos de bairro, com mesas em parte "
                    "sorteadas, gerem um orçamento anual, podem incluir pontos na ordem do dia da "
                    "assembleia municipal e têm de ser consultados sobre os grandes projetos. Em "
                    "dois anos, participaram 6800 residentes e foram realizados 212 projetos "
                    "locais."
                ),
            ),
        },
    ),
    DemoPractice(
        category="democratic-peaceful-cities",
        texts={
            "en": PracticeText(
                title="A citizens' assembly drawn by lot on safety and living together",
                organisation_presentation=(
                    "{organisation} is the local government of {city}, a city of contrasted "
                    "neighbourhoods where residents of many origins live side by side. Since 2015 "
                    "we have run public consultations and a participatory budget, but debates on "
                    "safety remained polarised and dominated by the loudest voices. The citizens' "
                    "assembly described here was our first experience of deliberation by "
                    "sortition, carried out with a local university and two community "
                    "organisations."
                ),
                practice_description=(
                    "In {city}, 60 residents drawn by lot met over five weekends between February "
                    "and June to answer one question: how can we make our neighbourhoods safer and "
                    "more welcoming for everyone? Invitations were sent to 8,000 randomly selected "
                    "households, and the final group was drawn from the volunteers so as to "
                    "reflect the population by gender, age, district, education and origin. "
                    "Members heard 22 speakers, including police officers, victims' associations "
                    "and young people, deliberated in small groups with professional facilitators "
                    "and voted on recommendations."
                ),
                objectives=(
                    "The assembly was meant to take the question of safety out of the electoral "
                    "cycle and give it to a group that looked like the city. We wanted "
                    "recommendations built on evidence and lived experience rather than on fear, a "
                    "public debate that was less polarised, and a clear commitment from the mayor "
                    "to answer every recommendation in public."
                ),
                participants=(
                    "The 60 members included 31 women, 14 people under 25, 12 residents born "
                    "abroad and 9 people who had never voted in a local election. Each member "
                    "received a compensation of 50 euros per day, travel costs and childcare. "
                    "Materials were written in plain language, and interpreters were available in "
                    "three languages. Around 1,400 residents followed the public sessions online."
                ),
                results=(
                    "The assembly adopted 31 recommendations, 27 of them with more than 80% "
                    "support. The city council accepted 24, among them street lighting designed "
                    "with women, youth centres open at night, a team of community mediators and "
                    "training for municipal police on discrimination. A budget of 4.2 million "
                    "euros over three years was allocated. The mayor presented the response to the "
                    "assembly and explained in writing why seven recommendations were not adopted."
                ),
                evaluation=(
                    "Researchers from the partner university observed every session and surveyed "
                    "members before and after. Trust in the local government rose among members "
                    "from 34% to 61%, and 90% said they would take part again. A follow-up "
                    "committee of ten assembly members meets every six months to check "
                    "implementation and publishes its own report, which is discussed at a public "
                    "meeting."
                ),
                transferability=(
                    "An assembly of this kind costs around 250,000 euros, including the lottery, "
                    "facilitation, compensation and evaluation. The key conditions are a clear "
                    "question, a political commitment made before the assembly starts to answer in "
                    "public, independent facilitation and enough time to learn and deliberate. We "
                    "have published our recruitment protocol, session plans and budget for other "
                    "local governments."
                ),
                public_summary=(
                    "In {city}, 60 residents drawn by lot to reflect the diversity of the "
                    "population deliberated for five weekends on safety and living together. Their "
                    "31 recommendations, from street lighting designed with women to community "
                    "mediators, led the city council to adopt 24 measures and a budget of 4.2 "
                    "million euros. A committee of assembly members monitors implementation."
                ),
            ),
            "fr": PracticeText(
                title="Une assemblée citoyenne tirée au sort sur la sécurité et le vivre-ensemble",
                organisation_presentation=(
                    "{organisation} est la collectivité locale de {city}, une ville aux quartiers "
                    "contrastés où vivent côte à côte des habitants de nombreuses origines. Depuis "
                    "2015, nous organisons des concertations et un budget participatif, mais les "
                    "débats sur la sécurité restaient polarisés et dominés par les voix les plus "
                    "fortes. L'assemblée citoyenne présentée ici a été notre première expérience "
                    "de délibération par tirage au sort, menée avec une université locale et deux "
                    "associations de quartier."
                ),
                practice_description=(
                    "À {city}, 60 habitants tirés au sort se sont réunis pendant cinq week-ends, "
                    "de février à juin, pour répondre à une question : comment rendre nos "
                    "quartiers plus sûrs et plus accueillants pour toutes et tous ? Des "
                    "invitations ont été envoyées à 8 000 foyers choisis au hasard, puis le groupe "
                    "final a été tiré au sort parmi les volontaires pour refléter la population "
                    "selon le genre, l'âge, le quartier, le niveau d'études et l'origine. Les "
                    "membres ont entendu 22 intervenants, dont des policiers, des associations de "
                    "victimes et des jeunes, ont délibéré en petits groupes avec des animateurs "
                    "professionnels et ont voté des recommandations."
                ),
                objectives=(
                    "L'assemblée devait sortir la question de la sécurité du cycle électoral et la "
                    "confier à un groupe qui ressemble à la ville. Nous voulions des "
                    "recommandations fondées sur des données et sur l'expérience vécue plutôt que "
                    "sur la peur, un débat public moins polarisé et un engagement clair du maire à "
                    "répondre publiquement à chaque recommandation."
                ),
                participants=(
                    "Parmi les 60 membres figuraient 31 femmes, 14 personnes de moins de 25 ans, "
                    "12 habitants nés à l'étranger et 9 personnes qui n'avaient jamais voté à une "
                    "élection locale. Chaque membre a reçu une indemnité de 50 euros par jour, le "
                    "remboursement des déplacements et une garde d'enfants. Les documents étaient "
                    "rédigés en langage clair et des interprètes étaient disponibles dans trois "
                    "langues. Environ 1 400 habitants ont suivi les séances publiques en ligne."
                ),
                results=(
                    "L'assemblée a adopté 31 recommandations, dont 27 avec plus de 80 % des voix. "
                    "Le conseil municipal en a retenu 24, parmi lesquelles un éclairage public "
                    "conçu avec des femmes, des maisons de jeunes ouvertes la nuit, une équipe de "
                    "médiateurs de quartier et une formation de la police municipale contre les "
                    "discriminations. Un budget de 4,2 millions d'euros sur trois ans a été voté. "
                    "Le maire a présenté sa réponse à l'assemblée et expliqué par écrit pourquoi "
                    "sept recommandations n'étaient pas retenues."
                ),
                evaluation=(
                    "Des chercheurs de l'université partenaire ont observé toutes les séances et "
                    "interrogé les membres avant et après. La confiance des membres envers la "
                    "collectivité est passée de 34 % à 61 %, et 90 % d'entre eux se disent prêts à "
                    "recommencer. Un comité de suivi de dix membres de l'assemblée se réunit tous "
                    "les six mois pour vérifier la mise en œuvre et publie son propre rapport, "
                    "débattu en réunion publique."
                ),
                transferability=(
                    "Une assemblée de ce type coûte environ 250 000 euros, tirage au sort, "
                    "animation, indemnités et évaluation compris. Les conditions clés sont une "
                    "question claire, un engagement politique pris avant le début de l'assemblée "
                    "de répondre publiquement, une animation indépendante et assez de temps pour "
                    "apprendre et délibérer. Nous avons publié notre protocole de recrutement, nos "
                    "déroulés de séance et notre budget à l'intention d'autres collectivités."
                ),
                public_summary=(
                    "À {city}, 60 habitants tirés au sort pour refléter la diversité de la "
                    "population ont délibéré pendant cinq week-ends sur la sécurité et le "
                    "vivre-ensemble. Leurs 31 recommandations, de l'éclairage public conçu avec "
                    "des femmes aux médiateurs de quartier, ont conduit le conseil municipal à "
                    "adopter 24 mesures et un budget de 4,2 millions d'euros. Un comité de membres "
                    "de l'assemblée suit leur mise en œuvre."
                ),
            ),
            "es": PracticeText(
                title="Una asamblea ciudadana sorteada sobre seguridad y convivencia",
                organisation_presentation=(
                    "{organisation} es el gobierno local de {city}, una ciudad de barrios muy "
                    "distintos donde conviven vecinas y vecinos de muchos orígenes. Desde 2015 "
                    "realizamos consultas públicas y un presupuesto participativo, pero los "
                    "debates sobre seguridad seguían polarizados y dominados por las voces más "
                    "fuertes. La asamblea ciudadana que presentamos fue nuestra primera "
                    "experiencia de deliberación por sorteo, realizada con una universidad local y "
                    "dos organizaciones comunitarias."
                ),
                practice_description=(
                    "En {city}, 60 personas sorteadas se reunieron durante cinco fines de semana, "
                    "entre febrero y junio, para responder a una pregunta: ¿cómo hacer que "
                    "nuestros barrios sean más seguros y acogedores para todas las personas? Se "
                    "enviaron invitaciones a 8.000 hogares elegidos al azar y el grupo final se "
                    "sorteó entre las personas voluntarias para reflejar a la población por "
                    "género, edad, barrio, nivel educativo y origen. Los miembros escucharon a 22 "
                    "ponentes, entre ellos policías, asociaciones de víctimas y jóvenes, "
                    "deliberaron en pequeños grupos con facilitación profesional y votaron "
                    "recomendaciones."
                ),
                objectives=(
                    "La asamblea debía sacar el tema de la seguridad del ciclo electoral y "
                    "confiarlo a un grupo que se pareciera a la ciudad. Queríamos recomendaciones "
                    "basadas en datos y en la experiencia vivida y no en el miedo, un debate "
                    "público menos polarizado y un compromiso claro de la alcaldía de responder "
                    "públicamente a cada recomendación."
                ),
                participants=(
                    "Entre los 60 miembros había 31 mujeres, 14 personas menores de 25 años, 12 "
                    "personas nacidas en el extranjero y 9 que nunca habían votado en una elección "
                    "local. Cada miembro recibió una compensación de 50 euros por día, además de "
                    "transporte y cuidado infantil. Los materiales se redactaron en lenguaje claro "
                    "y hubo intérpretes en tres idiomas. Unas 1.400 personas siguieron en línea "
                    "las sesiones públicas."
                ),
                results=(
                    "La asamblea aprobó 31 recomendaciones, 27 de ellas con más del 80 % de apoyo. "
                    "El concejo municipal aceptó 24, entre ellas un alumbrado público diseñado con "
                    "mujeres, centros juveniles abiertos por la noche, un equipo de mediadores "
                    "comunitarios y formación de la policía municipal contra la discriminación. Se "
                    "asignó un presupuesto de 4,2 millones de euros en tres años. El alcalde "
                    "presentó la respuesta a la asamblea y explicó por escrito por qué no se "
                    "adoptaron siete recomendaciones."
                ),
                evaluation=(
                    "Investigadoras de la universidad asociada observaron todas las sesiones y "
                    "encuestaron a los miembros antes y después. La confianza de los miembros en "
                    "el gobierno local pasó del 34 % al 61 %, y el 90 % afirmó que volvería a "
                    "participar. Un comité de seguimiento formado por diez miembros de la asamblea "
                    "se reúne cada seis meses para verificar la implementación y publica su propio "
                    "informe, que se debate en una reunión pública."
                ),
                transferability=(
                    "Una asamblea de este tipo cuesta unos 250.000 euros, incluidos el sorteo, la "
                    "facilitación, las compensaciones y la evaluación. Las condiciones clave son "
                    "una pregunta clara, un compromiso político asumido antes de empezar de "
                    "responder públicamente, una facilitación independiente y tiempo suficiente "
                    "para aprender y deliberar. Hemos publicado el protocolo de selección, los "
                    "guiones de las sesiones y el presupuesto para otros gobiernos locales."
                ),
                public_summary=(
                    "En {city}, 60 personas sorteadas para reflejar la diversidad de la población "
                    "deliberaron durante cinco fines de semana sobre seguridad y convivencia. Sus "
                    "31 recomendaciones, desde un alumbrado diseñado con mujeres hasta mediadores "
                    "comunitarios, llevaron al concejo municipal a aprobar 24 medidas y un "
                    "presupuesto de 4,2 millones de euros. Un comité de miembros de la asamblea "
                    "vigila su aplicación."
                ),
            ),
            "pt": PracticeText(
                title="Uma assembleia cidadã sorteada sobre segurança e convivência",
                organisation_presentation=(
                    "{organisation} é o governo local de {city}, uma cidade de bairros muito "
                    "diferentes onde convivem habitantes de muitas origens. Desde 2015 realizamos "
                    "consultas públicas e um orçamento participativo, mas os debates sobre "
                    "segurança continuavam polarizados e dominados pelas vozes mais fortes. A "
                    "assembleia cidadã aqui descrita foi a nossa primeira experiência de "
                    "deliberação por sorteio, realizada com uma universidade local e duas "
                    "organizações comunitárias."
                ),
                practice_description=(
                    "Em {city}, 60 residentes sorteados reuniram-se durante cinco fins de semana, "
                    "entre fevereiro e junho, para responder a uma pergunta: como tornar os nossos "
                    "bairros mais seguros e acolhedores para todas as pessoas? Foram enviados "
                    "convites a 8000 agregados familiares escolhidos ao acaso e o grupo final foi "
                    "sorteado entre os voluntários de modo a refletir a população por género, "
                    "idade, bairro, escolaridade e origem. Os membros ouviram 22 oradores, "
                    "incluindo polícias, associações de vítimas e jovens, deliberaram em pequenos "
                    "grupos com facilitação profissional e votaram recomendações."
                ),
                objectives=(
                    "A assembleia pretendia retirar o tema da segurança do ciclo eleitoral e "
                    "confiá-lo a um grupo parecido com a cidade. Queríamos recomendações baseadas "
                    "em dados e na experiência vivida, e não no medo, um debate público menos "
                    "polarizado e um compromisso claro do presidente da câmara de responder "
                    "publicamente a cada recomendação."
                ),
                participants=(
                    "Entre os 60 membros havia 31 mulheres, 14 pessoas com menos de 25 anos, 12 "
                    "residentes nascidos no estrangeiro e 9 pessoas que nunca tinham votado numa "
                    "eleição local. Cada membro recebeu uma compensação de 50 euros por dia, além "
                    "das despesas de deslocação e de acolhimento de crianças. Os materiais foram "
                    "redigidos em linguagem clara e houve intérpretes em três línguas. Cerca de "
                    "1400 residentes acompanharam as sessões públicas online."
                ),
                results=(
                    "A assembleia aprovou 31 recomendações, 27 delas com mais de 80% de apoio. A "
                    "câmara municipal aceitou 24, entre as quais iluminação pública desenhada com "
                    "mulheres, centros de juventude abertos à noite, uma equipa de mediadores "
                    "comunitários e formação da polícia municipal contra a discriminação. Foi "
                    "atribuído um orçamento de 4,2 milhões de euros em três anos. O presidente da "
                    "câmara apresentou a resposta à assembleia e explicou por escrito por que "
                    "razão sete recomendações não foram adotadas."
                ),
                evaluation=(
                    "Investigadores da universidade parceira observaram todas as sessões e "
                    "inquiriram os membros antes e depois. A confiança dos membros no governo "
                    "local passou de 34% para 61%, e 90% afirmaram que voltariam a participar. Uma "
                    "comissão de acompanhamento composta por dez membros da assembleia reúne-se de "
                    "seis em seis meses para verificar a execução e publica o seu próprio "
                    "relatório, debatido numa sessão pública."
                ),
                transferability=(
                    "Uma assembleia deste tipo custa cerca de 250 000 euros, incluindo o sorteio, "
                    "a facilitação, as compensações e a avaliação. As condições essenciais são uma "
                    "pergunta clara, um compromisso político assumido antes do início de responder "
                    "publicamente, uma facilitação independente e tempo suficiente para aprender e "
                    "deliberar. Publicámos o protocolo de recrutamento, os planos das sessões e o "
                    "orçamento para outros governos locais."
                ),
                public_summary=(
                    "Em {city}, 60 residentes sorteados para refletir a diversidade da população "
                    "deliberaram durante cinco fins de semana sobre segurança e convivência. As "
                    "suas 31 recomendações, da iluminação pública desenhada com mulheres aos "
                    "mediadores comunitários, levaram a câmara municipal a adotar 24 medidas e um "
                    "orçamento de 4,2 milhões de euros. Uma comissão de membros da assembleia "
                    "acompanha a sua execução."
                ),
            ),
        },
    ),
    DemoPractice(
        category="democratic-peaceful-cities",
        texts={
            "en": PracticeText(
                title=(
                    "Coexistence tables: neighbours, young people and institutions building peace "
                    "district by district"
                ),
                organisation_presentation=(
                    "{organisation} works for the residents of {city} through a network of "
                    "community centres present in every district. After years of conflicts between "
                    "groups of young people and episodes of violence in some neighbourhoods, the "
                    "local government made peaceful coexistence a priority of its development plan "
                    "and chose to work with residents, schools and community leaders rather than "
                    "rely on policing alone."
                ),
                practice_description=(
                    "Since 2018, {city} has set up coexistence tables in twelve neighbourhoods. "
                    "Each table brings together residents, young people, teachers, religious and "
                    "sports leaders, the police and municipal services once a month to analyse "
                    "local conflicts and agree on actions. The tables are supported by 40 "
                    "community mediators recruited in the neighbourhoods themselves and trained "
                    "for 120 hours in conflict resolution. Each table manages a small fund for "
                    "cultural, sports and public-space activities chosen by its members."
                ),
                objectives=(
                    "The programme aims to reduce violence and the fear of violence by rebuilding "
                    "trust between neighbours, and between residents and institutions. It seeks to "
                    "give young people, who are often seen only as a problem, a recognised role in "
                    "finding solutions, and to replace isolated interventions by the police or "
                    "social services with decisions shared by the community."
                ),
                participants=(
                    "Around 2,300 people have taken part in the tables, 45% of them under 25. "
                    "Young people who had been involved in conflicts were invited through street "
                    "educators and sports clubs, and eleven of them are now trained mediators. "
                    "Mothers' groups, migrant associations and people with disabilities have a "
                    "reserved seat at each table. Meetings are held in community spaces chosen by "
                    "residents."
                ),
                results=(
                    "Each table agrees a yearly coexistence plan. Together they have carried out "
                    "more than 300 activities, including night football leagues, murals, festivals "
                    "and the recovery of 18 abandoned spaces. Mediators handled 1,150 "
                    "neighbourhood conflicts, two thirds of which were resolved by agreement. "
                    "Between 2018 and 2023, reports of fights in the twelve neighbourhoods fell by "
                    "37%, while they fell by 9% in the rest of the city."
                ),
                evaluation=(
                    "A local NGO evaluates the programme with indicators on conflicts, the use of "
                    "public space and the perception of safety, as well as an annual survey of "
                    "1,200 residents. Young participants also carried out their own evaluation "
                    "through video interviews. The evaluation showed that tables worked better "
                    "where the same municipal staff attended every meeting, so staff rotation is "
                    "now limited by agreement with the departments."
                ),
                transferability=(
                    "The model can be adapted by any local government with a presence in its "
                    "neighbourhoods. It requires a stable team, a training programme for "
                    "mediators, modest activity funds of around 15,000 euros per table and per "
                    "year, and coordination between departments. Our training curriculum and "
                    "facilitation guide are available in open access for other cities."
                ),
                public_summary=(
                    "{city} created coexistence tables in twelve neighbourhoods, where residents, "
                    "young people, community leaders and public services meet every month to "
                    "prevent violence together. Forty community mediators from the neighbourhoods "
                    "have resolved hundreds of conflicts, and reports of fights fell by 37% in "
                    "five years. Young people, once seen only as a problem, are now part of the "
                    "solution."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Tables de convivance : habitants, jeunes et institutions construisent la paix "
                    "quartier par quartier"
                ),
                organisation_presentation=(
                    "{organisation} agit pour les habitants de {city} à travers un réseau de "
                    "centres sociaux présents dans chaque quartier. Après des années de conflits "
                    "entre groupes de jeunes et des épisodes de violence dans certains quartiers, "
                    "la collectivité a fait de la convivance pacifique une priorité de son plan de "
                    "développement et a choisi de travailler avec les habitants, les écoles et les "
                    "leaders associatifs plutôt que de s'en remettre à la seule réponse policière."
                ),
                practice_description=(
                    "Depuis 2018, {city} a mis en place des tables de convivance dans douze "
                    "quartiers. Chaque table réunit une fois par mois des habitants, des jeunes, "
                    "des enseignants, des responsables religieux et sportifs, la police et les "
                    "services municipaux pour analyser les conflits locaux et décider d'actions "
                    "communes. Les tables s'appuient sur 40 médiateurs de quartier recrutés parmi "
                    "les habitants et formés pendant 120 heures à la résolution des conflits. "
                    "Chaque table gère un petit fonds pour des activités culturelles, sportives et "
                    "d'aménagement choisies par ses membres."
                ),
                objectives=(
                    "Le programme vise à réduire la violence et la peur de la violence en "
                    "reconstruisant la confiance entre voisins, et entre habitants et "
                    "institutions. Il cherche à donner aux jeunes, souvent perçus uniquement comme "
                    "un problème, un rôle reconnu dans la recherche de solutions, et à remplacer "
                    "les interventions isolées de la police ou des services sociaux par des "
                    "décisions partagées avec la communauté."
                ),
                participants=(
                    "Environ 2 300 personnes ont participé aux tables, dont 45 % ont moins de 25 "
                    "ans. Des jeunes impliqués dans des conflits ont été invités par "
                    "l'intermédiaire des éducateurs de rue et des clubs sportifs, et onze d'entre "
                    "eux sont aujourd'hui médiateurs formés. Les groupes de mères, les "
                    "associations de personnes migrantes et les personnes handicapées disposent "
                    "d'un siège réservé à chaque table. Les réunions se tiennent dans des lieux "
                    "choisis par les habitants."
                ),
                results=(
                    "Chaque table adopte un plan annuel de convivance. Ensemble, elles ont mené "
                    "plus de 300 activités, dont des tournois de football nocturnes, des fresques, "
                    "des fêtes de quartier et la reconquête de 18 espaces abandonnés. Les "
                    "médiateurs ont traité 1 150 conflits de voisinage, dont les deux tiers ont "
                    "été résolus à l'amiable. Entre 2018 et 2023, les signalements de bagarres ont "
                    "baissé de 37 % dans les douze quartiers, contre 9 % dans le reste de la "
                    "ville."
                ),
                evaluation=(
                    "Une ONG locale évalue le programme à l'aide d'indicateurs sur les conflits, "
                    "l'usage de l'espace public et le sentiment de sécurité, ainsi que d'une "
                    "enquête annuelle auprès de 1 200 habitants. Les jeunes participants ont aussi "
                    "réalisé leur propre évaluation par des entretiens filmés. L'évaluation a "
                    "montré que les tables fonctionnaient mieux lorsque les mêmes agents "
                    "municipaux assistaient à toutes les réunions ; la rotation du personnel est "
                    "désormais limitée par accord avec les services."
                ),
                transferability=(
                    "Le modèle peut être adapté par toute collectivité présente dans ses "
                    "quartiers. Il exige une équipe stable, un programme de formation des "
                    "médiateurs, de modestes fonds d'activités d'environ 15 000 euros par table et "
                    "par an, et une coordination entre services. Notre programme de formation et "
                    "notre guide d'animation sont disponibles en libre accès pour d'autres villes."
                ),
                public_summary=(
                    "{city} a créé des tables de convivance dans douze quartiers, où habitants, "
                    "jeunes, leaders associatifs et services publics se retrouvent chaque mois "
                    "pour prévenir ensemble la violence. Quarante médiateurs issus des quartiers "
                    "ont résolu des centaines de conflits et les signalements de bagarres ont "
                    "baissé de 37 % en cinq ans. Les jeunes, longtemps vus comme un problème, font "
                    "désormais partie de la solution."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Mesas de convivencia: vecinos, jóvenes e instituciones construyen paz barrio "
                    "a barrio"
                ),
                organisation_presentation=(
                    "{organisation} trabaja para la población de {city} a través de una red de "
                    "centros comunitarios presentes en todos los barrios. Tras años de conflictos "
                    "entre grupos de jóvenes y episodios de violencia en algunos sectores, el "
                    "gobierno local hizo de la convivencia pacífica una prioridad de su plan de "
                    "desarrollo y decidió trabajar con la comunidad, las escuelas y los liderazgos "
                    "barriales en lugar de depender solo de la respuesta policial."
                ),
                practice_description=(
                    "Desde 2018, {city} ha puesto en marcha mesas de convivencia en doce barrios. "
                    "Cada mesa reúne una vez al mes a vecinos, jóvenes, docentes, líderes "
                    "religiosos y deportivos, la policía y los servicios municipales para analizar "
                    "los conflictos locales y acordar acciones. Las mesas cuentan con 40 "
                    "mediadores comunitarios reclutados en los propios barrios y formados durante "
                    "120 horas en resolución de conflictos. Cada mesa administra un pequeño fondo "
                    "para actividades culturales, deportivas y de espacio público elegidas por sus "
                    "integrantes."
                ),
                objectives=(
                    "El programa busca reducir la violencia y el miedo a la violencia "
                    "reconstruyendo la confianza entre vecinos, y entre la comunidad y las "
                    "instituciones. Pretende dar a las y los jóvenes, a menudo vistos solo como un "
                    "problema, un papel reconocido en la búsqueda de soluciones, y sustituir las "
                    "intervenciones aisladas de la policía o de los servicios sociales por "
                    "decisiones compartidas con la comunidad."
                ),
                participants=(
                    "Unas 2.300 personas han participado en las mesas, el 45 % de ellas menores de "
                    "25 años. Jóvenes que habían estado involucrados en conflictos fueron "
                    "invitados a través de educadores de calle y clubes deportivos, y once de "
                    "ellos son hoy mediadores formados. Los grupos de madres, las asociaciones de "
                    "personas migrantes y las personas con discapacidad tienen un lugar reservado "
                    "en cada mesa. Las reuniones se realizan en espacios comunitarios elegidos por "
                    "los vecinos."
                ),
                results=(
                    "Cada mesa acuerda un plan anual de convivencia. En conjunto han realizado más "
                    "de 300 actividades, entre ellas ligas nocturnas de fútbol, murales, "
                    "festivales y la recuperación de 18 espacios abandonados. Los mediadores "
                    "atendieron 1.150 conflictos vecinales, dos tercios de los cuales se "
                    "resolvieron por acuerdo. Entre 2018 y 2023, las denuncias por riñas bajaron "
                    "un 37 % en los doce barrios, frente a un 9 % en el resto de la ciudad."
                ),
                evaluation=(
                    "Una ONG local evalúa el programa con indicadores sobre conflictos, uso del "
                    "espacio público y percepción de seguridad, además de una encuesta anual a "
                    "1.200 vecinos. Las y los jóvenes participantes también realizaron su propia "
                    "evaluación mediante entrevistas en video. La evaluación mostró que las mesas "
                    "funcionaban mejor cuando el mismo personal municipal asistía a todas las "
                    "reuniones, por lo que ahora la rotación se limita por acuerdo con las "
                    "secretarías."
                ),
                transferability=(
                    "El modelo puede ser adaptado por cualquier gobierno local con presencia en "
                    "sus barrios. Requiere un equipo estable, un programa de formación de "
                    "mediadores, fondos modestos de unos 15.000 euros por mesa y por año, y "
                    "coordinación entre áreas. Nuestro programa de formación y nuestra guía de "
                    "facilitación están disponibles en acceso abierto para otras ciudades."
                ),
                public_summary=(
                    "{city} creó mesas de convivencia en doce barrios, donde vecinos, jóvenes, "
                    "liderazgos comunitarios y servicios públicos se reúnen cada mes para prevenir "
                    "juntos la violencia. Cuarenta mediadores de los propios barrios han resuelto "
                    "cientos de conflictos y las denuncias por riñas bajaron un 37 % en cinco "
                    "años. Las y los jóvenes, antes vistos solo como un problema, hoy son parte de "
                    "la solución."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Mesas de convivência: vizinhos, jovens e instituições constroem a paz bairro "
                    "a bairro"
                ),
                organisation_presentation=(
                    "{organisation} trabalha para os habitantes de {city} através de uma rede de "
                    "centros comunitários presentes em todos os bairros. Depois de anos de "
                    "conflitos entre grupos de jovens e de episódios de violência em alguns "
                    "bairros, o governo local fez da convivência pacífica uma prioridade do seu "
                    "plano de desenvolvimento e optou por trabalhar com os moradores, as escolas e "
                    "as lideranças comunitárias em vez de depender apenas da resposta policial."
                ),
                practice_description=(
                    "Desde 2018, {city} criou mesas de convivência em doze bairros. Cada mesa "
                    "reúne uma vez por mês moradores, jovens, professores, líderes religiosos e "
                    "desportivos, a polícia e os serviços municipais para analisar os conflitos "
                    "locais e acordar ações. As mesas contam com 40 mediadores comunitários "
                    "recrutados nos próprios bairros e formados durante 120 horas em resolução de "
                    "conflitos. Cada mesa gere um pequeno fundo para atividades culturais, "
                    "desportivas e de espaço público escolhidas pelos seus membros."
                ),
                objectives=(
                    "O programa pretende reduzir a violência e o medo da violência, reconstruindo "
                    "a confiança entre vizinhos e entre moradores e instituições. Procura dar aos "
                    "jovens, muitas vezes vistos apenas como um problema, um papel reconhecido na "
                    "procura de soluções, e substituir as intervenções isoladas da polícia ou dos "
                    "serviços sociais por decisões partilhadas com a comunidade."
                ),
                participants=(
                    "Cerca de 2300 pessoas participaram nas mesas, 45% delas com menos de 25 anos. "
                    "Jovens que tinham estado envolvidos em conflitos foram convidados através de "
                    "educadores de rua e de clubes desportivos, e onze deles são hoje mediadores "
                    "formados. Os grupos de mães, as associações de migrantes e as pessoas com "
                    "deficiência têm um lugar reservado em cada mesa. As reuniões decorrem em "
                    "espaços comunitários escolhidos pelos moradores."
                ),
                results=(
                    "Cada mesa aprova um plano anual de convivência. Em conjunto, realizaram mais "
                    "de 300 atividades, incluindo ligas noturnas de futebol, murais, festas de "
                    "bairro e a recuperação de 18 espaços abandonados. Os mediadores acompanharam "
                    "1150 conflitos de vizinhança, dois terços dos quais foram resolvidos por "
                    "acordo. Entre 2018 e 2023, as denúncias de rixas desceram 37% nos doze "
                    "bairros, contra 9% no resto da cidade."
                ),
                evaluation=(
                    "Uma ONG local avalia o programa com indicadores sobre conflitos, uso do "
                    "espaço público e perceção de segurança, bem como com um inquérito anual a "
                    "1200 moradores. Os jovens participantes fizeram também a sua própria "
                    "avaliação através de entrevistas em vídeo. A avaliação mostrou que as mesas "
                    "funcionavam melhor quando os mesmos técnicos municipais participavam em todas "
                    "as reuniões, pelo que a rotação do pessoal é agora limitada por acordo com os "
                    "serviços."
                ),
                transferability=(
                    "O modelo pode ser adaptado por qualquer governo local com presença nos seus "
                    "bairros. Exige uma equipa estável, um programa de formação de mediadores, "
                    "fundos modestos de cerca de 15 000 euros por mesa e por ano, e coordenação "
                    "entre serviços. O nosso programa de formação e o guia de facilitação estão "
                    "disponíveis em acesso aberto para outras cidades."
                ),
                public_summary=(
                    "{city} criou mesas de convivência em doze bairros, onde moradores, jovens, "
                    "lideranças comunitárias e serviços públicos se reúnem todos os meses para "
                    "prevenir juntos a violência. Quarenta mediadores dos próprios bairros "
                    "resolveram centenas de conflitos e as denúncias de rixas desceram 37% em "
                    "cinco anos. Os jovens, antes vistos apenas como um problema, fazem agora "
                    "parte da solução."
                ),
            ),
        },
    ),
    DemoPractice(
        category="democratic-peaceful-cities",
        texts={
            "en": PracticeText(
                title=(
                    "Youth participatory budget: 12-to-25-year-olds decide on part of the city's "
                    "investments"
                ),
                organisation_presentation=(
                    "{organisation} has run a participatory budget for adults in {city} for "
                    "several years. Evaluations showed that people under 30 were barely present, "
                    "with less than 6% of voters. Youth services, schools and youth organisations "
                    "proposed to design a specific process with young people rather than for them. "
                    "The youth participatory budget started in 2021 and is now in its fourth "
                    "cycle."
                ),
                practice_description=(
                    "Each year, {city} reserves 1 million euros for the youth participatory "
                    "budget. Young people aged 12 to 25 who live, study or work in the city "
                    "propose projects in schools, youth centres and online. A youth committee of "
                    "30 members, half of them drawn by lot, checks feasibility with municipal "
                    "technicians, and young proposers present their projects at a festival. Voting "
                    "takes place in schools, at ballot points in youth centres and on the "
                    "participation platform, with one vote per person."
                ),
                objectives=(
                    "The process aims to give young people real power over public spending, to "
                    "teach democratic skills through practice and to build trust between young "
                    "people and the local government. It also seeks to reach teenagers who do not "
                    "take part in youth councils or associations, in particular those in "
                    "vocational schools and in neighbourhoods with high dropout rates."
                ),
                participants=(
                    "In the last cycle, 412 projects were proposed and 14,600 young people voted, "
                    "about 23% of the age group. Voting in schools made the difference: turnout in "
                    "vocational schools reached 48%, compared with 9% among young people reached "
                    "only online. Youth workers helped groups to write their proposals, and "
                    "materials were prepared in plain language and in the two most common "
                    "community languages."
                ),
                results=(
                    "In four cycles, 46 projects have been funded, including skate parks, study "
                    "rooms open in the evening, free menstrual products in schools, a music "
                    "studio, sports equipment and an inclusive playground. Three projects proposed "
                    "by young people with disabilities improved the accessibility of public "
                    "facilities. Young people follow the works on a public map and visit the sites "
                    "with the technicians."
                ),
                evaluation=(
                    "The youth committee evaluates every cycle together with the participation "
                    "office, using voting data, an online survey and workshops with proposers "
                    "whose projects were not selected. After the first cycle, the age range was "
                    "split into two groups, 12 to 17 and 18 to 25, because older participants were "
                    "winning most of the votes. A university study is following 300 participants "
                    "over three years."
                ),
                transferability=(
                    "A youth participatory budget can start with a small share of investment "
                    "spending, as long as the chosen projects are actually built. The essential "
                    "conditions are an agreement with schools, youth workers to support proposers, "
                    "technicians who explain feasibility in simple terms and fast implementation. "
                    "Our rules, communication toolkit and guide to voting in schools can be reused "
                    "freely."
                ),
                public_summary=(
                    "In {city}, young people aged 12 to 25 decide every year how to spend 1 "
                    "million euros of public investment. They propose projects, check them with "
                    "technicians, campaign and vote in schools, youth centres and online. In the "
                    "last cycle, 14,600 young people voted, and 46 projects have been built in "
                    "four years, from study rooms to an inclusive playground."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Budget participatif des jeunes : les 12-25 ans décident d'une partie des "
                    "investissements de la ville"
                ),
                organisation_presentation=(
                    "{organisation} mène depuis plusieurs années un budget participatif pour les "
                    "adultes à {city}. Les évaluations ont montré que les moins de 30 ans y "
                    "étaient presque absents, avec moins de 6 % des votants. Les services "
                    "jeunesse, les établissements scolaires et les associations de jeunes ont "
                    "proposé de concevoir un processus spécifique avec les jeunes plutôt que pour "
                    "eux. Le budget participatif des jeunes a commencé en 2021 et en est à sa "
                    "quatrième édition."
                ),
                practice_description=(
                    "Chaque année, {city} réserve 1 million d'euros au budget participatif des "
                    "jeunes. Les jeunes de 12 à 25 ans qui vivent, étudient ou travaillent dans la "
                    "ville proposent des projets dans les collèges et lycées, les maisons de "
                    "jeunes et en ligne. Un comité de 30 jeunes, dont la moitié tirée au sort, "
                    "vérifie la faisabilité avec les techniciens municipaux, et les porteurs "
                    "présentent leurs projets lors d'un festival. Le vote a lieu dans les "
                    "établissements scolaires, dans des bureaux de vote installés dans les maisons "
                    "de jeunes et sur la plateforme de participation, à raison d'une voix par "
                    "personne."
                ),
                objectives=(
                    "Le processus vise à donner aux jeunes un pouvoir réel sur la dépense "
                    "publique, à apprendre la démocratie par la pratique et à construire la "
                    "confiance entre les jeunes et la collectivité. Il cherche aussi à toucher les "
                    "adolescents qui ne participent ni aux conseils de jeunes ni aux associations, "
                    "en particulier ceux des lycées professionnels et des quartiers où le "
                    "décrochage scolaire est élevé."
                ),
                participants=(
                    "Lors de la dernière édition, 412 projets ont été proposés et 14 600 jeunes "
                    "ont voté, soit environ 23 % de la tranche d'âge. Le vote dans les "
                    "établissements a fait la différence : la participation a atteint 48 % dans "
                    "les lycées professionnels, contre 9 % chez les jeunes touchés uniquement en "
                    "ligne. Des animateurs jeunesse ont aidé les groupes à rédiger leurs "
                    "propositions, et les supports ont été préparés en langage clair et dans les "
                    "deux langues communautaires les plus parlées."
                ),
                results=(
                    "En quatre éditions, 46 projets ont été financés, dont des skateparks, des "
                    "salles d'étude ouvertes le soir, des protections périodiques gratuites dans "
                    "les établissements, un studio de musique, des équipements sportifs et une "
                    "aire de jeux inclusive. Trois projets proposés par des jeunes en situation de "
                    "handicap ont amélioré l'accessibilité d'équipements publics. Les jeunes "
                    "suivent les travaux sur une carte publique et visitent les chantiers avec les "
                    "techniciens."
                ),
                evaluation=(
                    "Le comité des jeunes évalue chaque édition avec le service de la "
                    "participation, à partir des données de vote, d'une enquête en ligne et "
                    "d'ateliers avec les porteurs de projets non retenus. Après la première "
                    "édition, la tranche d'âge a été divisée en deux groupes, 12-17 ans et 18-25 "
                    "ans, car les plus âgés remportaient la plupart des votes. Une étude "
                    "universitaire suit 300 participants pendant trois ans."
                ),
                transferability=(
                    "Un budget participatif des jeunes peut commencer avec une petite part des "
                    "investissements, à condition que les projets retenus soient réellement "
                    "réalisés. Les conditions essentielles sont un accord avec les établissements "
                    "scolaires, des animateurs pour accompagner les porteurs, des techniciens qui "
                    "expliquent la faisabilité simplement et une mise en œuvre rapide. Notre "
                    "règlement, notre kit de communication et notre guide du vote en établissement "
                    "sont librement réutilisables."
                ),
                public_summary=(
                    "À {city}, les jeunes de 12 à 25 ans décident chaque année de l'usage d'un "
                    "million d'euros d'investissement public. Ils proposent des projets, les "
                    "vérifient avec les techniciens, font campagne et votent dans les "
                    "établissements scolaires, les maisons de jeunes et en ligne. Lors de la "
                    "dernière édition, 14 600 jeunes ont voté, et 46 projets ont été réalisés en "
                    "quatre ans, des salles d'étude à une aire de jeux inclusive."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Presupuesto participativo joven: de 12 a 25 años deciden parte de las "
                    "inversiones de la ciudad"
                ),
                organisation_presentation=(
                    "{organisation} lleva varios años realizando un presupuesto participativo para "
                    "personas adultas en {city}. Las evaluaciones mostraron que las personas "
                    "menores de 30 años casi no participaban: menos del 6 % de los votantes. Las "
                    "áreas de juventud, los centros educativos y las organizaciones juveniles "
                    "propusieron diseñar un proceso específico con las y los jóvenes, y no para "
                    "ellos. El presupuesto participativo joven comenzó en 2021 y va por su cuarto "
                    "ciclo."
                ),
                practice_description=(
                    "Cada año, {city} reserva 1 millón de euros para el presupuesto participativo "
                    "joven. Las y los jóvenes de 12 a 25 años que viven, estudian o trabajan en la "
                    "ciudad proponen proyectos en los centros educativos, en los centros juveniles "
                    "y en línea. Un comité joven de 30 integrantes, la mitad sorteados, revisa la "
                    "viabilidad con el personal técnico municipal, y quienes proponen presentan "
                    "sus proyectos en un festival. La votación se realiza en los centros "
                    "educativos, en puntos de votación de los centros juveniles y en la plataforma "
                    "de participación, con un voto por persona."
                ),
                objectives=(
                    "El proceso busca dar a la juventud un poder real sobre el gasto público, "
                    "enseñar habilidades democráticas a través de la práctica y construir "
                    "confianza entre las y los jóvenes y el gobierno local. También pretende "
                    "llegar a adolescentes que no participan en consejos de juventud ni en "
                    "asociaciones, en particular a quienes estudian formación profesional o viven "
                    "en barrios con altas tasas de abandono escolar."
                ),
                participants=(
                    "En el último ciclo se presentaron 412 proyectos y votaron 14.600 jóvenes, "
                    "cerca del 23 % de ese grupo de edad. La votación en los centros educativos "
                    "marcó la diferencia: la participación llegó al 48 % en los institutos de "
                    "formación profesional, frente al 9 % entre jóvenes contactados solo en línea. "
                    "Educadores juveniles ayudaron a los grupos a redactar sus propuestas, y los "
                    "materiales se prepararon en lenguaje claro y en las dos lenguas comunitarias "
                    "más habladas."
                ),
                results=(
                    "En cuatro ciclos se financiaron 46 proyectos, entre ellos pistas de skate, "
                    "salas de estudio abiertas por la tarde, productos menstruales gratuitos en "
                    "los centros educativos, un estudio de música, equipamiento deportivo y una "
                    "plaza de juegos inclusiva. Tres proyectos propuestos por jóvenes con "
                    "discapacidad mejoraron la accesibilidad de equipamientos públicos. Las y los "
                    "jóvenes siguen las obras en un mapa público y visitan los sitios con el "
                    "personal técnico."
                ),
                evaluation=(
                    "El comité joven evalúa cada ciclo junto con la oficina de participación, con "
                    "datos de votación, una encuesta en línea y talleres con quienes presentaron "
                    "proyectos que no fueron seleccionados. Después del primer ciclo, el rango de "
                    "edad se dividió en dos grupos, de 12 a 17 y de 18 a 25 años, porque los "
                    "mayores ganaban la mayoría de los votos. Un estudio universitario sigue a 300 "
                    "participantes durante tres años."
                ),
                transferability=(
                    "Un presupuesto participativo joven puede empezar con una pequeña parte de la "
                    "inversión, siempre que los proyectos elegidos se ejecuten de verdad. Las "
                    "condiciones esenciales son un acuerdo con los centros educativos, educadores "
                    "que acompañen a quienes proponen, personal técnico que explique la viabilidad "
                    "con palabras sencillas y una ejecución rápida. Nuestras bases, el kit de "
                    "comunicación y la guía de votación en centros educativos pueden reutilizarse "
                    "libremente."
                ),
                public_summary=(
                    "En {city}, jóvenes de 12 a 25 años deciden cada año cómo gastar 1 millón de "
                    "euros de inversión pública. Proponen proyectos, los revisan con el personal "
                    "técnico, hacen campaña y votan en centros educativos, centros juveniles y en "
                    "línea. En el último ciclo votaron 14.600 jóvenes, y en cuatro años se "
                    "construyeron 46 proyectos, desde salas de estudio hasta una plaza de juegos "
                    "inclusiva."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Orçamento participativo jovem: dos 12 aos 25 anos decidem parte dos "
                    "investimentos da cidade"
                ),
                organisation_presentation=(
                    "{organisation} realiza há vários anos um orçamento participativo para adultos "
                    "em {city}. As avaliações mostraram que as pessoas com menos de 30 anos quase "
                    "não participavam: menos de 6% dos votantes. Os serviços de juventude, as "
                    "escolas e as associações juvenis propuseram desenhar um processo específico "
                    "com os jovens, e não apenas para eles. O orçamento participativo jovem "
                    "começou em 2021 e vai no seu quarto ciclo."
                ),
                practice_description=(
                    "Todos os anos, {city} reserva 1 milhão de euros para o orçamento "
                    "participativo jovem. Os jovens dos 12 aos 25 anos que vivem, estudam ou "
                    "trabalham na cidade propõem projetos nas escolas, nos centros de juventude e "
                    "online. Uma comissão jovem de 30 membros, metade deles sorteados, verifica a "
                    "viabilidade com os técnicos municipais, e os proponentes apresentam os seus "
                    "projetos num festival. A votação decorre nas escolas, em mesas de voto nos "
                    "centros de juventude e na plataforma de participação, com um voto por pessoa."
                ),
                objectives=(
                    "O processo pretende dar aos jovens um poder real sobre a despesa pública, "
                    "ensinar competências democráticas através da prática e construir confiança "
                    "entre os jovens e o governo local. Procura também chegar a adolescentes que "
                    "não participam em conselhos de juventude nem em associações, em particular os "
                    "das escolas profissionais e dos bairros com elevado abandono escolar."
                ),
                participants=(
                    "No último ciclo, foram propostos 412 projetos e votaram 14 600 jovens, cerca "
                    "de 23% da faixa etária. A votação nas escolas fez a diferença: a participação "
                    "chegou a 48% nas escolas profissionais, contra 9% entre os jovens contactados "
                    "apenas online. Animadores juvenis ajudaram os grupos a redigir as suas "
                    "propostas, e os materiais foram preparados em linguagem clara e nas duas "
                    "línguas comunitárias mais faladas."
                ),
                results=(
                    "Em quatro ciclos, foram financiados 46 projetos, incluindo pistas de skate, "
                    "salas de estudo abertas à noite, produtos menstruais gratuitos nas escolas, "
                    "um estúdio de música, equipamento desportivo e um parque infantil inclusivo. "
                    "Três projetos propostos por jovens com deficiência melhoraram a "
                    "acessibilidade de equipamentos públicos. Os jovens acompanham as obras num "
                    "mapa público e visitam os locais com os técnicos."
                ),
                evaluation=(
                    "A comissão jovem avalia cada ciclo em conjunto com o gabinete de "
                    "participação, usando dados de votação, um inquérito online e oficinas com os "
                    "proponentes cujos projetos não foram selecionados. Depois do primeiro ciclo, "
                    "a faixa etária foi dividida em dois grupos, dos 12 aos 17 e dos 18 aos 25 "
                    "anos, porque os mais velhos ganhavam a maioria dos votos. Um estudo "
                    "universitário acompanha 300 participantes durante três anos."
                ),
                transferability=(
                    "Um orçamento participativo jovem pode começar com uma pequena parte do "
                    "investimento, desde que os projetos escolhidos sejam de facto construídos. As "
                    "condições essenciais são um acordo com as escolas, animadores que apoiem os "
                    "proponentes, técnicos que expliquem a viabilidade em termos simples e uma "
                    "execução rápida. As nossas regras, o kit de comunicação e o guia de votação "
                    "nas escolas podem ser reutilizados livremente."
                ),
                public_summary=(
                    "Em {city}, os jovens dos 12 aos 25 anos decidem todos os anos como gastar 1 "
                    "milhão de euros de investimento público. Propõem projetos, verificam-nos com "
                    "os técnicos, fazem campanha e votam nas escolas, nos centros de juventude e "
                    "online. No último ciclo votaram 14 600 jovens, e em quatro anos foram "
                    "construídos 46 projetos, de salas de estudo a um parque infantil inclusivo."
                ),
            ),
        },
    ),
    # Urban management and public space
    DemoPractice(
        category="urban-management-public-space",
        texts={
            "en": PracticeText(
                title=(
                    "Co-designing the market square: a public space planned with those who use it"
                ),
                organisation_presentation=(
                    "{organisation} is responsible for urban planning, public works and the "
                    "maintenance of streets and public spaces in {city}. For a long time, public "
                    "space projects were drawn up by consultants and only presented to residents "
                    "at the end. A controversy over an earlier redesign, which removed street "
                    "vendors without offering them an alternative, convinced the local government "
                    "to change its method."
                ),
                practice_description=(
                    "In 2022, {city} launched the co-design of the old market square, a space used "
                    "by vendors, commuters, children and older people but dominated by cars. The "
                    "process had four phases: a diagnosis with walks and mapping, three public "
                    "design workshops, a three-month test with movable furniture, and a final "
                    "design chosen by vote among three options. A joint committee of residents, "
                    "vendors and technicians followed the works and now agrees the rules for using "
                    "the square."
                ),
                objectives=(
                    "The aim was to turn a square that was noisy, unsafe at night and hostile to "
                    "pedestrians into a shared place, without displacing the vendors and residents "
                    "who depend on it. Beyond this square, the city wanted to test a co-design "
                    "method that could become the standard for every public space project above a "
                    "certain budget."
                ),
                participants=(
                    "More than 1,900 people took part: 640 in walks and workshops, 1,100 in the "
                    "final vote and around 200 vendors in specific meetings held during market "
                    "hours. Children from two nearby schools designed the play area, while older "
                    "people and wheelchair users tested the routes. Workshops took place on the "
                    "square itself, with activities for children and information in the languages "
                    "spoken by vendors."
                ),
                results=(
                    "The new square opened in 2024 with 60% less space for cars, 45 new trees, "
                    "shade structures, public toilets, a play area and a covered zone for 80 "
                    "vendors with water and electricity. The temporary test showed that the "
                    "fountains in the original plan were unpopular, so that money went to shade "
                    "instead. The works cost 3.8 million euros, within the initial estimate."
                ),
                evaluation=(
                    "Before and after the works, the city counted users by age and gender at "
                    "different times of day. Use of the square by women in the evening doubled and "
                    "the number of children tripled. A survey of vendors showed that 72% consider "
                    "their working conditions better. The evaluation also recorded complaints "
                    "about noise at night, which the joint committee is now addressing."
                ),
                transferability=(
                    "The method is cheap compared with the cost of the works: about 3% of the "
                    "project budget went to participation and the temporary test. Any city can "
                    "adapt it if it accepts that the design options are genuinely open and allows "
                    "time for the test phase. Our co-design guide and our templates for walks and "
                    "workshops are published online."
                ),
                public_summary=(
                    "{city} redesigned its old market square together with residents, vendors, "
                    "children and older people. After walks, workshops, a three-month temporary "
                    "test and a vote among three designs, the square reopened with shade, trees, a "
                    "play area and a covered market for 80 vendors. The number of women using the "
                    "square in the evening has doubled."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Coconcevoir la place du marché : un espace public pensé avec celles et ceux "
                    "qui l'utilisent"
                ),
                organisation_presentation=(
                    "{organisation} est chargée de l'urbanisme, des travaux publics et de "
                    "l'entretien des rues et des espaces publics à {city}. Pendant longtemps, les "
                    "projets d'espace public étaient conçus par des bureaux d'études et présentés "
                    "aux habitants seulement à la fin. Une controverse autour d'un précédent "
                    "réaménagement, qui avait chassé les vendeurs de rue sans leur proposer de "
                    "solution, a convaincu la collectivité de changer de méthode."
                ),
                practice_description=(
                    "En 2022, {city} a lancé la coconception de l'ancienne place du marché, un "
                    "espace fréquenté par des vendeurs, des usagers des transports, des enfants et "
                    "des personnes âgées, mais dominé par la voiture. La démarche comptait quatre "
                    "phases : un diagnostic par des marches et de la cartographie, trois ateliers "
                    "publics de conception, un test de trois mois avec du mobilier mobile, puis le "
                    "choix par vote d'un projet final parmi trois options. Un comité mixte "
                    "d'habitants, de vendeurs et de techniciens a suivi les travaux et fixe "
                    "désormais les règles d'usage de la place."
                ),
                objectives=(
                    "Il s'agissait de transformer une place bruyante, peu sûre la nuit et hostile "
                    "aux piétons en un lieu partagé, sans chasser les vendeurs et les habitants "
                    "qui en dépendent. Au-delà de cette place, la ville voulait tester une méthode "
                    "de coconception qui pourrait devenir la norme pour tout projet d'espace "
                    "public dépassant un certain budget."
                ),
                participants=(
                    "Plus de 1 900 personnes ont participé : 640 aux marches et aux ateliers, 1 "
                    "100 au vote final et environ 200 vendeurs à des réunions spécifiques "
                    "organisées pendant les heures de marché. Les élèves de deux écoles voisines "
                    "ont dessiné l'aire de jeux, tandis que des personnes âgées et des personnes "
                    "en fauteuil roulant ont testé les cheminements. Les ateliers se sont tenus "
                    "sur la place même, avec des activités pour les enfants et des informations "
                    "dans les langues parlées par les vendeurs."
                ),
                results=(
                    "La nouvelle place a ouvert en 2024 avec 60 % d'espace en moins pour les "
                    "voitures, 45 nouveaux arbres, des ombrières, des toilettes publiques, une "
                    "aire de jeux et une halle couverte pour 80 vendeurs, avec eau et électricité. "
                    "Le test temporaire a montré que les fontaines du projet initial étaient peu "
                    "appréciées : ce budget a donc été consacré à l'ombre. Les travaux ont coûté "
                    "3,8 millions d'euros, dans l'enveloppe prévue."
                ),
                evaluation=(
                    "Avant et après les travaux, la ville a compté les usagers par âge et par "
                    "genre à différents moments de la journée. La fréquentation de la place par "
                    "les femmes le soir a doublé et le nombre d'enfants a triplé. Une enquête "
                    "auprès des vendeurs montre que 72 % d'entre eux jugent leurs conditions de "
                    "travail meilleures. L'évaluation a aussi relevé des plaintes pour bruit "
                    "nocturne, que le comité mixte traite actuellement."
                ),
                transferability=(
                    "La méthode est peu coûteuse au regard du coût des travaux : environ 3 % du "
                    "budget du projet ont été consacrés à la participation et au test temporaire. "
                    "Toute ville peut l'adapter si elle accepte que les options de conception "
                    "soient réellement ouvertes et prévoit du temps pour la phase de test. Notre "
                    "guide de coconception et nos modèles de marches et d'ateliers sont publiés en "
                    "ligne."
                ),
                public_summary=(
                    "{city} a réaménagé son ancienne place du marché avec les habitants, les "
                    "vendeurs, les enfants et les personnes âgées. Après des marches, des "
                    "ateliers, un test temporaire de trois mois et un vote entre trois projets, la "
                    "place a rouvert avec de l'ombre, des arbres, une aire de jeux et une halle "
                    "couverte pour 80 vendeurs. La fréquentation de la place par les femmes le "
                    "soir a doublé."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Codiseñar la plaza del mercado: un espacio público pensado con quienes lo usan"
                ),
                organisation_presentation=(
                    "{organisation} es responsable del urbanismo, la obra pública y el "
                    "mantenimiento de calles y espacios públicos en {city}. Durante mucho tiempo, "
                    "los proyectos de espacio público los diseñaban consultoras y se presentaban a "
                    "los vecinos solo al final. La polémica en torno a una remodelación anterior, "
                    "que expulsó a los vendedores ambulantes sin ofrecerles alternativa, convenció "
                    "al gobierno local de cambiar de método."
                ),
                practice_description=(
                    "En 2022, {city} inició el codiseño de la antigua plaza del mercado, un "
                    "espacio usado por vendedores, usuarios del transporte, niñas, niños y "
                    "personas mayores, pero dominado por los autos. El proceso tuvo cuatro fases: "
                    "un diagnóstico con recorridos y mapeo, tres talleres públicos de diseño, una "
                    "prueba de tres meses con mobiliario móvil y la elección por votación de un "
                    "diseño final entre tres opciones. Un comité mixto de vecinos, vendedores y "
                    "personal técnico acompañó las obras y hoy acuerda las reglas de uso de la "
                    "plaza."
                ),
                objectives=(
                    "El objetivo era transformar una plaza ruidosa, insegura de noche y hostil "
                    "para los peatones en un lugar compartido, sin desplazar a los vendedores y "
                    "vecinos que dependen de ella. Más allá de esta plaza, la ciudad quería probar "
                    "un método de codiseño que pudiera convertirse en la norma para todo proyecto "
                    "de espacio público que supere cierto presupuesto."
                ),
                participants=(
                    "Participaron más de 1.900 personas: 640 en recorridos y talleres, 1.100 en la "
                    "votación final y unos 200 vendedores en reuniones específicas celebradas en "
                    "horario de mercado. Niñas y niños de dos escuelas cercanas diseñaron el área "
                    "de juegos, y personas mayores y usuarias de silla de ruedas probaron los "
                    "recorridos. Los talleres se realizaron en la propia plaza, con actividades "
                    "para la infancia e información en las lenguas habladas por los vendedores."
                ),
                results=(
                    "La nueva plaza abrió en 2024 con un 60 % menos de espacio para autos, 45 "
                    "árboles nuevos, estructuras de sombra, baños públicos, un área de juegos y "
                    "una zona cubierta para 80 vendedores con agua y electricidad. La prueba "
                    "temporal mostró que las fuentes del proyecto original no gustaban, así que "
                    "ese dinero se destinó a sombra. Las obras costaron 3,8 millones de euros, "
                    "dentro del presupuesto inicial."
                ),
                evaluation=(
                    "Antes y después de las obras, la ciudad contó a las personas usuarias por "
                    "edad y género en distintos momentos del día. El uso de la plaza por mujeres "
                    "por la noche se duplicó y el número de niñas y niños se triplicó. Una "
                    "encuesta a vendedores mostró que el 72 % considera que sus condiciones de "
                    "trabajo mejoraron. La evaluación también recogió quejas por ruido nocturno, "
                    "que el comité mixto está atendiendo."
                ),
                transferability=(
                    "El método es barato en comparación con el costo de las obras: cerca del 3 % "
                    "del presupuesto del proyecto se destinó a la participación y a la prueba "
                    "temporal. Cualquier ciudad puede adaptarlo si acepta que las opciones de "
                    "diseño estén realmente abiertas y reserva tiempo para la fase de prueba. "
                    "Nuestra guía de codiseño y las plantillas para recorridos y talleres están "
                    "publicadas en línea."
                ),
                public_summary=(
                    "{city} rediseñó su antigua plaza del mercado junto con vecinos, vendedores, "
                    "niñas, niños y personas mayores. Tras recorridos, talleres, una prueba "
                    "temporal de tres meses y una votación entre tres diseños, la plaza reabrió "
                    "con sombra, árboles, un área de juegos y un mercado cubierto para 80 "
                    "vendedores. El uso de la plaza por mujeres por la noche se ha duplicado."
                ),
            ),
            "pt": PracticeText(
                title="Codesenhar a praça do mercado: um espaço público pensado com quem o utiliza",
                organisation_presentation=(
                    "{organisation} é responsável pelo urbanismo, pelas obras públicas e pela "
                    "manutenção das ruas e espaços públicos de {city}. Durante muito tempo, os "
                    "projetos de espaço público eram desenhados por gabinetes de projeto e "
                    "apresentados aos moradores apenas no fim. A polémica em torno de uma "
                    "requalificação anterior, que afastou os vendedores ambulantes sem lhes "
                    "oferecer alternativa, convenceu o governo local a mudar de método."
                ),
                practice_description=(
                    "Em 2022, {city} lançou o codesenho da antiga praça do mercado, um espaço "
                    "usado por vendedores, utentes dos transportes, crianças e pessoas idosas, mas "
                    "dominado pelos automóveis. O processo teve quatro fases: um diagnóstico com "
                    "percursos e mapeamento, três oficinas públicas de desenho, um teste de três "
                    "meses com mobiliário amovível e a escolha por votação de um desenho final "
                    "entre três opções. Uma comissão mista de moradores, vendedores e técnicos "
                    "acompanhou as obras e acorda agora as regras de utilização da praça."
                ),
                objectives=(
                    "O objetivo era transformar uma praça ruidosa, insegura à noite e hostil aos "
                    "peões num lugar partilhado, sem afastar os vendedores e os moradores que dela "
                    "dependem. Para além desta praça, a cidade queria testar um método de "
                    "codesenho que pudesse tornar-se a regra para todos os projetos de espaço "
                    "público acima de um determinado orçamento."
                ),
                participants=(
                    "Participaram mais de 1900 pessoas: 640 nos percursos e oficinas, 1100 na "
                    "votação final e cerca de 200 vendedores em reuniões específicas realizadas no "
                    "horário do mercado. As crianças de duas escolas próximas desenharam o parque "
                    "infantil, e pessoas idosas e utilizadores de cadeira de rodas testaram os "
                    "percursos. As oficinas decorreram na própria praça, com atividades para "
                    "crianças e informação nas línguas faladas pelos vendedores."
                ),
                results=(
                    "A nova praça abriu em 2024 com menos 60% de espaço para automóveis, 45 "
                    "árvores novas, estruturas de sombra, instalações sanitárias públicas, um "
                    "parque infantil e uma zona coberta para 80 vendedores, com água e "
                    "eletricidade. O teste temporário mostrou que as fontes previstas no projeto "
                    "inicial não agradavam, pelo que essa verba foi usada para sombra. As obras "
                    "custaram 3,8 milhões de euros, dentro da estimativa inicial."
                ),
                evaluation=(
                    "Antes e depois das obras, a cidade contou os utilizadores por idade e género "
                    "em diferentes horas do dia. A utilização da praça por mulheres à noite "
                    "duplicou e o número de crianças triplicou. Um inquérito aos vendedores "
                    "mostrou que 72% consideram que as suas condições de trabalho melhoraram. A "
                    "avaliação registou também queixas de ruído noturno, que a comissão mista está "
                    "a resolver."
                ),
                transferability=(
                    "O método é barato em comparação com o custo das obras: cerca de 3% do "
                    "orçamento do projeto foi destinado à participação e ao teste temporário. "
                    "Qualquer cidade o pode adaptar se aceitar que as opções de desenho estão "
                    "realmente em aberto e reservar tempo para a fase de teste. O nosso guia de "
                    "codesenho e os modelos para percursos e oficinas estão publicados online."
                ),
                public_summary=(
                    "{city} requalificou a sua antiga praça do mercado com moradores, vendedores, "
                    "crianças e pessoas idosas. Depois de percursos, oficinas, um teste temporário "
                    "de três meses e uma votação entre três desenhos, a praça reabriu com sombra, "
                    "árvores, um parque infantil e um mercado coberto para 80 vendedores. A "
                    "utilização da praça por mulheres à noite duplicou."
                ),
            ),
        },
    ),
    DemoPractice(
        category="urban-management-public-space",
        texts={
            "en": PracticeText(
                title=(
                    "A city-wide participatory budget combining district assemblies and online "
                    "voting"
                ),
                organisation_presentation=(
                    "{organisation} governs {city} and manages the local budget, public works and "
                    "municipal services. The city has a long tradition of community organisations "
                    "and neighbourhood associations, which campaigned for a say in how public "
                    "money is spent in their districts. The participatory budget was created in "
                    "2016 by a decision of the city council and is run by a small participation "
                    "department."
                ),
                practice_description=(
                    "Every year, {city} devotes 5% of its investment budget to projects proposed "
                    "and chosen by residents. The cycle starts with assemblies in each of the 16 "
                    "districts, where residents present ideas and elect delegates. Delegates then "
                    "work with technicians for three months to turn ideas into costed projects. "
                    "Residents aged 14 and over vote in person or online. A redistributive formula "
                    "gives more money to districts with lower incomes and fewer public facilities."
                ),
                objectives=(
                    "The participatory budget aims to bring decisions on public investment closer "
                    "to residents, to direct resources to the districts that need them most and to "
                    "make the municipal budget understandable. It also aims to strengthen "
                    "community organisations and to create a permanent dialogue between residents "
                    "and the technical departments that design and build public works."
                ),
                participants=(
                    "In the 2023 cycle, 5,200 people attended district assemblies, 380 delegates "
                    "were elected and 41,000 residents voted, 9% of the population aged 14 and "
                    "over. Thanks to the redistributive formula and to outreach by community "
                    "organisations, turnout was highest in the three poorest districts. Women made "
                    "up 58% of participants in assemblies. Mobile ballot boxes visited markets, "
                    "health centres and bus terminals."
                ),
                results=(
                    "Since 2016, residents have chosen 520 projects worth a total of 96 million "
                    "euros: paving, drainage, lighting, health posts, nurseries, sports facilities "
                    "and cultural centres. Of these, 84% are completed and the rest are under way. "
                    "The share of investment going to the poorest districts rose from 18% to 35%. "
                    "A public monitoring website shows the status of each project."
                ),
                evaluation=(
                    "Each cycle ends with an evaluation assembly of delegates, who review the "
                    "rules and propose changes. An independent evaluation in 2021 found that "
                    "delays in implementation were the main source of frustration. Since then, any "
                    "project not started within two years is reported publicly to the city "
                    "council, and completing participatory projects has become a performance "
                    "target for the technical departments."
                ),
                transferability=(
                    "The participatory budget can be adapted by cities of any size. What matters "
                    "most is a budget share that is real and stable, clear rules debated with "
                    "residents, the technical capacity to cost proposals and a commitment to carry "
                    "out the chosen projects quickly. Our rulebook, redistributive formula and "
                    "training materials for delegates are available on request."
                ),
                public_summary=(
                    "Every year, {city} gives its residents the power to decide on 5% of "
                    "investment spending. District assemblies, elected delegates and a public vote "
                    "open to everyone aged 14 and over select the projects, and a redistributive "
                    "formula directs more money to the poorest districts. Since 2016, residents "
                    "have chosen 520 projects worth 96 million euros."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Un budget participatif à l'échelle de la ville, entre assemblées de quartier "
                    "et vote en ligne"
                ),
                organisation_presentation=(
                    "{organisation} gouverne {city} et gère le budget local, les travaux publics "
                    "et les services municipaux. La ville a une longue tradition d'organisations "
                    "communautaires et d'associations de quartier, qui ont revendiqué un droit de "
                    "regard sur l'usage de l'argent public dans leurs quartiers. Le budget "
                    "participatif a été créé en 2016 par une délibération du conseil municipal et "
                    "il est animé par un petit service de la participation."
                ),
                practice_description=(
                    "Chaque année, {city} consacre 5 % de son budget d'investissement à des "
                    "projets proposés et choisis par les habitants. Le cycle commence par des "
                    "assemblées dans chacun des 16 quartiers, où les habitants présentent leurs "
                    "idées et élisent des délégués. Les délégués travaillent ensuite pendant trois "
                    "mois avec les techniciens pour transformer les idées en projets chiffrés. Les "
                    "habitants de 14 ans et plus votent en personne ou en ligne. Une formule "
                    "redistributive attribue davantage de moyens aux quartiers aux revenus les "
                    "plus faibles et les moins bien équipés."
                ),
                objectives=(
                    "Le budget participatif vise à rapprocher des habitants les décisions "
                    "d'investissement public, à orienter les ressources vers les quartiers qui en "
                    "ont le plus besoin et à rendre le budget municipal compréhensible. Il cherche "
                    "aussi à renforcer les organisations communautaires et à créer un dialogue "
                    "permanent entre les habitants et les services techniques qui conçoivent et "
                    "réalisent les travaux."
                ),
                participants=(
                    "Lors du cycle 2023, 5 200 personnes ont participé aux assemblées de quartier, "
                    "380 délégués ont été élus et 41 000 habitants ont voté, soit 9 % de la "
                    "population de 14 ans et plus. Grâce à la formule redistributive et au travail "
                    "de terrain des associations, la participation a été la plus forte dans les "
                    "trois quartiers les plus pauvres. Les femmes représentaient 58 % des "
                    "participants aux assemblées. Des urnes mobiles se sont rendues sur les "
                    "marchés, dans les centres de santé et aux gares routières."
                ),
                results=(
                    "Depuis 2016, les habitants ont choisi 520 projets pour un total de 96 "
                    "millions d'euros : voirie, assainissement, éclairage, postes de santé, "
                    "crèches, équipements sportifs et centres culturels. Parmi eux, 84 % sont "
                    "achevés et les autres sont en cours. La part de l'investissement destinée aux "
                    "quartiers les plus pauvres est passée de 18 % à 35 %. Un site public de suivi "
                    "indique l'état d'avancement de chaque projet."
                ),
                evaluation=(
                    "Chaque cycle se termine par une assemblée d'évaluation des délégués, qui "
                    "revoient le règlement et proposent des changements. Une évaluation "
                    "indépendante menée en 2021 a montré que les retards d'exécution étaient la "
                    "principale source de frustration. Depuis, tout projet non commencé au bout de "
                    "deux ans est signalé publiquement au conseil municipal, et la réalisation des "
                    "projets participatifs est devenue un objectif de performance des services "
                    "techniques."
                ),
                transferability=(
                    "Le budget participatif peut être adapté par des villes de toutes tailles. "
                    "L'essentiel est une part du budget réelle et stable, des règles claires "
                    "débattues avec les habitants, la capacité technique de chiffrer les "
                    "propositions et l'engagement de réaliser rapidement les projets choisis. "
                    "Notre règlement, notre formule redistributive et nos supports de formation "
                    "des délégués sont disponibles sur demande."
                ),
                public_summary=(
                    "Chaque année, {city} donne à ses habitants le pouvoir de décider de 5 % de "
                    "ses dépenses d'investissement. Assemblées de quartier, délégués élus et vote "
                    "public ouvert à toutes les personnes de 14 ans et plus permettent de choisir "
                    "les projets, et une formule redistributive oriente davantage de moyens vers "
                    "les quartiers les plus pauvres. Depuis 2016, les habitants ont choisi 520 "
                    "projets pour 96 millions d'euros."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Un presupuesto participativo para toda la ciudad, con asambleas barriales y "
                    "voto en línea"
                ),
                organisation_presentation=(
                    "{organisation} gobierna {city} y gestiona el presupuesto local, la obra "
                    "pública y los servicios municipales. La ciudad tiene una larga tradición de "
                    "organizaciones comunitarias y juntas vecinales, que reclamaron tener voz en "
                    "el uso del dinero público en sus barrios. El presupuesto participativo se "
                    "creó en 2016 por decisión del concejo municipal y lo coordina una pequeña "
                    "área de participación."
                ),
                practice_description=(
                    "Cada año, {city} destina el 5 % de su presupuesto de inversión a proyectos "
                    "propuestos y elegidos por sus habitantes. El ciclo comienza con asambleas en "
                    "cada uno de los 16 distritos, donde los vecinos presentan ideas y eligen "
                    "delegados. Después, los delegados trabajan tres meses con el personal técnico "
                    "para convertir las ideas en proyectos con costo. Las personas de 14 años o "
                    "más votan de forma presencial o en línea. Una fórmula redistributiva asigna "
                    "más recursos a los distritos con menores ingresos y menos equipamientos "
                    "públicos."
                ),
                objectives=(
                    "El presupuesto participativo busca acercar a la ciudadanía las decisiones de "
                    "inversión pública, orientar los recursos hacia los distritos que más los "
                    "necesitan y hacer comprensible el presupuesto municipal. También pretende "
                    "fortalecer las organizaciones comunitarias y crear un diálogo permanente "
                    "entre la población y las áreas técnicas que diseñan y ejecutan las obras."
                ),
                participants=(
                    "En el ciclo 2023, 5.200 personas asistieron a las asambleas distritales, se "
                    "eligieron 380 delegados y votaron 41.000 vecinas y vecinos, el 9 % de la "
                    "población de 14 años o más. Gracias a la fórmula redistributiva y al trabajo "
                    "territorial de las organizaciones comunitarias, la participación fue más alta "
                    "en los tres distritos más pobres. Las mujeres fueron el 58 % de quienes "
                    "participaron en las asambleas. Urnas móviles recorrieron mercados, centros de "
                    "salud y terminales de autobuses."
                ),
                results=(
                    "Desde 2016, la ciudadanía eligió 520 proyectos por un total de 96 millones de "
                    "euros: pavimentación, desagües, alumbrado, puestos de salud, guarderías, "
                    "instalaciones deportivas y centros culturales. El 84 % está terminado y el "
                    "resto en ejecución. La proporción de la inversión destinada a los distritos "
                    "más pobres pasó del 18 % al 35 %. Un sitio web público de seguimiento muestra "
                    "el estado de cada proyecto."
                ),
                evaluation=(
                    "Cada ciclo termina con una asamblea de evaluación de los delegados, que "
                    "revisan el reglamento y proponen cambios. Una evaluación independiente de "
                    "2021 concluyó que los retrasos en la ejecución eran la principal fuente de "
                    "frustración. Desde entonces, todo proyecto que no haya comenzado en dos años "
                    "se informa públicamente al concejo municipal, y la ejecución de los proyectos "
                    "participativos es una meta de desempeño de las áreas técnicas."
                ),
                transferability=(
                    "El presupuesto participativo puede adaptarse en ciudades de cualquier tamaño. "
                    "Lo más importante es una parte del presupuesto real y estable, reglas claras "
                    "debatidas con la ciudadanía, capacidad técnica para costear las propuestas y "
                    "el compromiso de ejecutar con rapidez los proyectos elegidos. Nuestro "
                    "reglamento, la fórmula redistributiva y los materiales de formación de "
                    "delegados están disponibles a pedido."
                ),
                public_summary=(
                    "Cada año, {city} da a sus habitantes el poder de decidir sobre el 5 % del "
                    "gasto de inversión. Asambleas distritales, delegados electos y una votación "
                    "abierta a todas las personas de 14 años o más seleccionan los proyectos, y "
                    "una fórmula redistributiva orienta más recursos a los distritos más pobres. "
                    "Desde 2016, la ciudadanía eligió 520 proyectos por 96 millones de euros."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Um orçamento participativo para toda a cidade, com assembleias de bairro e "
                    "votação online"
                ),
                organisation_presentation=(
                    "{organisation} governa {city} e gere o orçamento local, as obras públicas e "
                    "os serviços municipais. A cidade tem uma longa tradição de organizações "
                    "comunitárias e associações de moradores, que reivindicaram ter voz sobre a "
                    "forma como o dinheiro público é gasto nos seus bairros. O orçamento "
                    "participativo foi criado em 2016 por deliberação da câmara municipal e é "
                    "coordenado por um pequeno departamento de participação."
                ),
                practice_description=(
                    "Todos os anos, {city} destina 5% do seu orçamento de investimento a projetos "
                    "propostos e escolhidos pelos habitantes. O ciclo começa com assembleias em "
                    "cada uma das 16 regiões da cidade, onde os moradores apresentam ideias e "
                    "elegem delegados. Os delegados trabalham depois durante três meses com os "
                    "técnicos para transformar as ideias em projetos orçamentados. Os residentes "
                    "com 14 ou mais anos votam presencialmente ou online. Uma fórmula "
                    "redistributiva atribui mais recursos às regiões com rendimentos mais baixos e "
                    "menos equipamentos públicos."
                ),
                objectives=(
                    "O orçamento participativo pretende aproximar dos cidadãos as decisões de "
                    "investimento público, orientar os recursos para as regiões que mais precisam "
                    "e tornar o orçamento municipal compreensível. Procura também fortalecer as "
                    "organizações comunitárias e criar um diálogo permanente entre os moradores e "
                    "os serviços técnicos que desenham e executam as obras."
                ),
                participants=(
                    "No ciclo de 2023, 5200 pessoas participaram nas assembleias regionais, foram "
                    "eleitos 380 delegados e votaram 41 000 residentes, 9% da população com 14 ou "
                    "mais anos. Graças à fórmula redistributiva e ao trabalho de proximidade das "
                    "organizações comunitárias, a participação foi mais elevada nas três regiões "
                    "mais pobres. As mulheres representaram 58% dos participantes nas assembleias. "
                    "Urnas móveis passaram por mercados, centros de saúde e terminais de "
                    "autocarros."
                ),
                results=(
                    "Desde 2016, os habitantes escolheram 520 projetos num total de 96 milhões de "
                    "euros: pavimentação, drenagem, iluminação, postos de saúde, creches, "
                    "equipamentos desportivos e centros culturais. Destes, 84% estão concluídos e "
                    "os restantes em execução. A parte do investimento destinada às regiões mais "
                    "pobres passou de 18% para 35%. Um sítio público de acompanhamento mostra o "
                    "estado de cada projeto."
                ),
                evaluation=(
                    "Cada ciclo termina com uma assembleia de avaliação dos delegados, que revêem "
                    "as regras e propõem alterações. Uma avaliação independente realizada em 2021 "
                    "concluiu que os atrasos na execução eram a principal fonte de frustração. "
                    "Desde então, qualquer projeto que não tenha começado ao fim de dois anos é "
                    "comunicado publicamente à câmara municipal, e a execução dos projetos "
                    "participativos passou a ser uma meta de desempenho dos serviços técnicos."
                ),
                transferability=(
                    "O orçamento participativo pode ser adaptado por cidades de qualquer dimensão. "
                    "O mais importante é uma parte do orçamento real e estável, regras claras "
                    "debatidas com os moradores, capacidade técnica para orçamentar as propostas e "
                    "o compromisso de executar rapidamente os projetos escolhidos. O nosso "
                    "regulamento, a fórmula redistributiva e os materiais de formação de delegados "
                    "estão disponíveis mediante pedido."
                ),
                public_summary=(
                    "Todos os anos, {city} dá aos seus habitantes o poder de decidir sobre 5% da "
                    "despesa de investimento. Assembleias regionais, delegados eleitos e uma "
                    "votação aberta a todas as pessoas com 14 ou mais anos selecionam os projetos, "
                    "e uma fórmula redistributiva orienta mais recursos para as regiões mais "
                    "pobres. Desde 2016, os habitantes escolheram 520 projetos no valor de 96 "
                    "milhões de euros."
                ),
            ),
        },
    ),
    DemoPractice(
        category="urban-management-public-space",
        texts={
            "en": PracticeText(
                title=(
                    "School streets: children and families redesign the streets around their "
                    "schools"
                ),
                organisation_presentation=(
                    "{organisation} manages mobility, streets and school buildings in {city}. Many "
                    "schools stand on busy roads where traffic, noise and air pollution affect "
                    "children every day, and parents' associations had been asking for safer "
                    "school entrances for years. The school streets programme grew out of these "
                    "demands and brings together the mobility, education and environment "
                    "departments."
                ),
                practice_description=(
                    "Since 2021, {city} has transformed the streets in front of 28 schools. At "
                    "each school, pupils map their way to school, count cars and measure noise "
                    "with their teachers. Families, neighbours and shopkeepers then join workshops "
                    "to decide how the street should change: closed to traffic at school times, "
                    "pedestrianised with benches and plants, or redesigned as a play street. "
                    "Changes are first tested with temporary materials, then made permanent after "
                    "a vote of the school community."
                ),
                objectives=(
                    "The programme aims to protect children's health and safety, to give them more "
                    "space to play and meet, and to encourage walking and cycling to school. It "
                    "also wants children to learn that they can change their environment, and "
                    "seeks to involve families who rarely attend public meetings by starting from "
                    "something that matters to them every day."
                ),
                participants=(
                    "About 7,500 pupils took part in diagnoses and workshops, together with 2,100 "
                    "parents and 400 neighbours and shopkeepers. Schools in priority education "
                    "areas were selected first. Workshops were held at the school gate at drop-off "
                    "and pick-up times, when parents are present, and materials were translated "
                    "for families who do not read the local language well."
                ),
                results=(
                    "Twenty-eight school streets have been created, 19 of them permanent, with 210 "
                    "new trees and planters and 3,200 square metres returned to pedestrians. "
                    "Traffic in front of schools fell by 80% at opening times and nitrogen dioxide "
                    "levels by 23%. The share of pupils walking or cycling to school rose from 54% "
                    "to 66%. Shopkeepers who feared losing customers report stable activity."
                ),
                evaluation=(
                    "Air quality and traffic are measured before and after each intervention with "
                    "sensors installed by pupils. Each school community evaluates its street after "
                    "one year at a meeting with the city. The evaluation revealed conflicts with "
                    "delivery vehicles, solved by adjusting delivery hours, and showed the need to "
                    "involve caretakers and cleaning services earlier in the process."
                ),
                transferability=(
                    "Any city can start with temporary materials and a small budget: the first "
                    "pilots cost less than 20,000 euros each. The approach needs cooperation "
                    "between the mobility and education departments, teachers willing to build the "
                    "diagnosis into their lessons, and a decision rule agreed in advance with the "
                    "school community. Our teaching kit and design catalogue are published under "
                    "an open licence."
                ),
                public_summary=(
                    "In {city}, pupils, families and neighbours redesign the streets in front of "
                    "their schools. Children map their way to school and measure traffic and "
                    "noise, then everyone decides together how the street should change. "
                    "Twenty-eight school streets have been created, with less traffic, cleaner "
                    "air, more trees and more children walking to school."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Rues aux écoles : enfants et familles réaménagent les rues autour de leurs "
                    "écoles"
                ),
                organisation_presentation=(
                    "{organisation} gère la mobilité, la voirie et les bâtiments scolaires à "
                    "{city}. De nombreuses écoles se trouvent sur des axes très fréquentés où la "
                    "circulation, le bruit et la pollution de l'air touchent les enfants tous les "
                    "jours, et les associations de parents demandaient depuis des années des "
                    "abords d'école plus sûrs. Le programme des rues aux écoles est né de ces "
                    "demandes et réunit les services de la mobilité, de l'éducation et de "
                    "l'environnement."
                ),
                practice_description=(
                    "Depuis 2021, {city} a transformé les rues devant 28 écoles. Dans chaque "
                    "école, les élèves cartographient leur trajet, comptent les voitures et "
                    "mesurent le bruit avec leurs enseignants. Les familles, les voisins et les "
                    "commerçants participent ensuite à des ateliers pour décider de l'évolution de "
                    "la rue : fermée à la circulation aux heures d'entrée et de sortie, "
                    "piétonnisée avec des bancs et des plantations, ou transformée en rue de jeux. "
                    "Les changements sont d'abord testés avec des aménagements temporaires, puis "
                    "pérennisés après un vote de la communauté scolaire."
                ),
                objectives=(
                    "Le programme vise à protéger la santé et la sécurité des enfants, à leur "
                    "offrir plus d'espace pour jouer et se retrouver, et à encourager la marche et "
                    "le vélo sur le chemin de l'école. Il veut aussi que les enfants apprennent "
                    "qu'ils peuvent changer leur environnement, et cherche à associer des familles "
                    "qui viennent rarement aux réunions publiques en partant d'un sujet qui compte "
                    "pour elles au quotidien."
                ),
                participants=(
                    "Environ 7 500 élèves ont participé aux diagnostics et aux ateliers, avec 2 "
                    "100 parents ainsi que 400 voisins et commerçants. Les écoles des quartiers "
                    "d'éducation prioritaire ont été choisies en premier. Les ateliers se sont "
                    "tenus devant l'école aux heures d'entrée et de sortie, quand les parents sont "
                    "présents, et les documents ont été traduits pour les familles qui lisent mal "
                    "la langue locale."
                ),
                results=(
                    "Vingt-huit rues aux écoles ont été créées, dont 19 de manière permanente, "
                    "avec 210 nouveaux arbres et jardinières et 3 200 mètres carrés rendus aux "
                    "piétons. La circulation devant les écoles a baissé de 80 % aux heures "
                    "d'entrée et le dioxyde d'azote de 23 %. La part des élèves venant à pied ou à "
                    "vélo est passée de 54 % à 66 %. Les commerçants, qui craignaient de perdre "
                    "des clients, font état d'une activité stable."
                ),
                evaluation=(
                    "La qualité de l'air et la circulation sont mesurées avant et après chaque "
                    "intervention grâce à des capteurs installés par les élèves. Chaque communauté "
                    "scolaire évalue sa rue au bout d'un an lors d'une réunion avec la ville. "
                    "L'évaluation a mis en évidence des conflits avec les véhicules de livraison, "
                    "résolus en adaptant les horaires, et la nécessité d'associer plus tôt les "
                    "agents d'entretien et les services de propreté."
                ),
                transferability=(
                    "Toute ville peut commencer avec des aménagements temporaires et un petit "
                    "budget : les premiers projets pilotes ont coûté moins de 20 000 euros chacun. "
                    "La démarche demande une coopération entre les services de la mobilité et de "
                    "l'éducation, des enseignants prêts à intégrer le diagnostic à leurs cours et "
                    "une règle de décision convenue à l'avance avec la communauté scolaire. Notre "
                    "kit pédagogique et notre catalogue d'aménagements sont publiés sous licence "
                    "libre."
                ),
                public_summary=(
                    "À {city}, élèves, familles et voisins réaménagent les rues devant leurs "
                    "écoles. Les enfants cartographient leur trajet et mesurent la circulation et "
                    "le bruit, puis tout le monde décide ensemble de l'évolution de la rue. "
                    "Vingt-huit rues aux écoles ont été créées, avec moins de voitures, un air "
                    "plus sain, plus d'arbres et davantage d'enfants qui viennent à pied."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Entornos escolares: niñas, niños y familias rediseñan las calles de sus "
                    "escuelas"
                ),
                organisation_presentation=(
                    "{organisation} gestiona la movilidad, las calles y los edificios escolares en "
                    "{city}. Muchas escuelas están en avenidas con mucho tráfico, donde el ruido y "
                    "la contaminación del aire afectan a niñas y niños cada día, y las "
                    "asociaciones de madres y padres pedían desde hacía años accesos escolares más "
                    "seguros. El programa de entornos escolares nació de esas demandas y reúne a "
                    "las áreas de movilidad, educación y medio ambiente."
                ),
                practice_description=(
                    "Desde 2021, {city} ha transformado las calles frente a 28 escuelas. En cada "
                    "escuela, el alumnado mapea su camino escolar, cuenta autos y mide el ruido "
                    "con sus docentes. Después, familias, vecinos y comerciantes participan en "
                    "talleres para decidir cómo debe cambiar la calle: cerrada al tráfico en "
                    "horario escolar, peatonal con bancos y plantas, o convertida en calle de "
                    "juego. Los cambios se prueban primero con materiales temporales y se vuelven "
                    "permanentes tras una votación de la comunidad escolar."
                ),
                objectives=(
                    "El programa busca proteger la salud y la seguridad de la infancia, darle más "
                    "espacio para jugar y encontrarse, y fomentar que se llegue a la escuela a pie "
                    "o en bicicleta. También quiere que niñas y niños aprendan que pueden cambiar "
                    "su entorno, e implicar a familias que rara vez asisten a reuniones públicas "
                    "partiendo de algo que les importa cada día."
                ),
                participants=(
                    "Unos 7.500 estudiantes participaron en los diagnósticos y talleres, junto con "
                    "2.100 madres y padres y 400 vecinos y comerciantes. Se eligió primero a las "
                    "escuelas de zonas de atención educativa prioritaria. Los talleres se hicieron "
                    "en la puerta de la escuela a la hora de entrada y salida, cuando las familias "
                    "están presentes, y los materiales se tradujeron para quienes no leen bien el "
                    "idioma local."
                ),
                results=(
                    "Se crearon 28 entornos escolares, 19 de ellos permanentes, con 210 árboles y "
                    "jardineras nuevos y 3.200 metros cuadrados devueltos a los peatones. El "
                    "tráfico frente a las escuelas bajó un 80 % en el horario de entrada y el "
                    "dióxido de nitrógeno un 23 %. La proporción de estudiantes que llegan a pie o "
                    "en bicicleta pasó del 54 % al 66 %. Los comerciantes que temían perder "
                    "clientela reportan una actividad estable."
                ),
                evaluation=(
                    "La calidad del aire y el tráfico se miden antes y después de cada "
                    "intervención con sensores instalados por el alumnado. Cada comunidad escolar "
                    "evalúa su calle al cabo de un año en una reunión con la ciudad. La evaluación "
                    "reveló conflictos con los vehículos de reparto, resueltos ajustando los "
                    "horarios de carga y descarga, y la necesidad de implicar antes al personal de "
                    "conserjería y de limpieza."
                ),
                transferability=(
                    "Cualquier ciudad puede empezar con materiales temporales y un presupuesto "
                    "pequeño: los primeros pilotos costaron menos de 20.000 euros cada uno. El "
                    "enfoque requiere cooperación entre las áreas de movilidad y educación, "
                    "docentes dispuestos a integrar el diagnóstico en sus clases y una regla de "
                    "decisión acordada de antemano con la comunidad escolar. Nuestro kit didáctico "
                    "y el catálogo de diseños se publican con licencia abierta."
                ),
                public_summary=(
                    "En {city}, estudiantes, familias y vecinos rediseñan las calles frente a sus "
                    "escuelas. Niñas y niños mapean su camino escolar y miden el tráfico y el "
                    "ruido, y luego todos deciden juntos cómo debe cambiar la calle. Se han creado "
                    "28 entornos escolares, con menos tráfico, aire más limpio, más árboles y más "
                    "niñas y niños que llegan a pie."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Ruas escolares: crianças e famílias redesenham as ruas à volta das suas "
                    "escolas"
                ),
                organisation_presentation=(
                    "{organisation} gere a mobilidade, as ruas e os edifícios escolares em {city}. "
                    "Muitas escolas ficam em vias movimentadas, onde o trânsito, o ruído e a "
                    "poluição do ar afetam as crianças todos os dias, e as associações de pais "
                    "pediam há anos entradas escolares mais seguras. O programa de ruas escolares "
                    "nasceu destes pedidos e junta os serviços de mobilidade, educação e ambiente."
                ),
                practice_description=(
                    "Desde 2021, {city} transformou as ruas em frente a 28 escolas. Em cada "
                    "escola, os alunos mapeiam o percurso casa-escola, contam automóveis e medem o "
                    "ruído com os professores. Depois, famílias, vizinhos e comerciantes "
                    "participam em oficinas para decidir como a rua deve mudar: fechada ao "
                    "trânsito nas horas de entrada e saída, pedonal com bancos e plantas, ou "
                    "transformada em rua de brincar. As mudanças são primeiro testadas com "
                    "materiais temporários e tornam-se permanentes após uma votação da comunidade "
                    "escolar."
                ),
                objectives=(
                    "O programa pretende proteger a saúde e a segurança das crianças, dar-lhes "
                    "mais espaço para brincar e conviver, e incentivar as deslocações a pé e de "
                    "bicicleta para a escola. Quer também que as crianças aprendam que podem mudar "
                    "o seu ambiente, e procura envolver famílias que raramente vão a reuniões "
                    "públicas, partindo de algo que lhes importa todos os dias."
                ),
                participants=(
                    "Cerca de 7500 alunos participaram nos diagnósticos e nas oficinas, com 2100 "
                    "pais e mães e 400 vizinhos e comerciantes. As escolas de territórios "
                    "educativos prioritários foram escolhidas em primeiro lugar. As oficinas "
                    "decorreram ao portão da escola nas horas de entrada e saída, quando os pais "
                    "estão presentes, e os materiais foram traduzidos para as famílias que não "
                    "leem bem a língua local."
                ),
                results=(
                    "Foram criadas 28 ruas escolares, 19 delas permanentes, com 210 novas árvores "
                    "e floreiras e 3200 metros quadrados devolvidos aos peões. O trânsito em "
                    "frente às escolas diminuiu 80% nas horas de entrada e o dióxido de azoto 23%. "
                    "A percentagem de alunos que vão a pé ou de bicicleta para a escola passou de "
                    "54% para 66%. Os comerciantes que temiam perder clientes relatam uma "
                    "atividade estável."
                ),
                evaluation=(
                    "A qualidade do ar e o trânsito são medidos antes e depois de cada intervenção "
                    "com sensores instalados pelos alunos. Cada comunidade escolar avalia a sua "
                    "rua ao fim de um ano, numa reunião com a cidade. A avaliação revelou "
                    "conflitos com os veículos de entregas, resolvidos com o ajuste dos horários "
                    "de cargas e descargas, e a necessidade de envolver mais cedo os funcionários "
                    "e os serviços de limpeza."
                ),
                transferability=(
                    "Qualquer cidade pode começar com materiais temporários e um orçamento "
                    "reduzido: os primeiros projetos-piloto custaram menos de 20 000 euros cada. A "
                    "abordagem exige cooperação entre os serviços de mobilidade e de educação, "
                    "professores dispostos a integrar o diagnóstico nas suas aulas e uma regra de "
                    "decisão acordada previamente com a comunidade escolar. O nosso kit pedagógico "
                    "e o catálogo de soluções estão publicados com licença aberta."
                ),
                public_summary=(
                    "Em {city}, alunos, famílias e vizinhos redesenham as ruas em frente às suas "
                    "escolas. As crianças mapeiam o percurso casa-escola e medem o trânsito e o "
                    "ruído, e depois todos decidem em conjunto como a rua deve mudar. Foram "
                    "criadas 28 ruas escolares, com menos trânsito, ar mais limpo, mais árvores e "
                    "mais crianças a ir a pé para a escola."
                ),
            ),
        },
    ),
    # Gender and care
    DemoPractice(
        category="gender-care",
        texts={
            "en": PracticeText(
                title="Gender-responsive participatory budgeting with women's assemblies",
                organisation_presentation=(
                    "{organisation} has promoted citizen participation in {city} for many years "
                    "through a participatory budget and sectoral councils. A gender audit carried "
                    "out in 2019 showed that women attended assemblies but rarely spoke, were "
                    "under-represented among delegates, and that funded projects reflected mainly "
                    "the priorities of men. The equality office and the participation department "
                    "then redesigned the process together."
                ),
                practice_description=(
                    "Since 2020, the participatory budget of {city} has included a gender "
                    "perspective at every stage. Before the district assemblies, women's "
                    "assemblies are held in each district to identify needs and to train women to "
                    "speak in public and present proposals. Every proposal is analysed with a "
                    "gender impact checklist. Delegations must be gender-balanced, and 20% of the "
                    "budget is reserved for projects that reduce gender inequalities, such as "
                    "lighting, care facilities or safe routes to public transport."
                ),
                objectives=(
                    "The objective is to make sure that women's needs, often linked to care, "
                    "safety and mobility, are heard and funded, and that women take an equal part "
                    "in deciding. The process also aims to train women leaders in the "
                    "neighbourhoods and to build a culture of gender analysis in the municipal "
                    "departments that carry out the projects."
                ),
                participants=(
                    "More than 3,400 women took part in 64 women's assemblies over three years, "
                    "including domestic workers, older women, young mothers, migrant women and "
                    "women with disabilities. Assemblies offer childcare, take place at convenient "
                    "times and are facilitated by women. Women now make up 52% of elected "
                    "delegates, compared with 31% before, and 49% of voters."
                ),
                results=(
                    "Fifty-six projects have been funded from the reserved share, for a total of "
                    "7.5 million euros, including 14 lighting schemes, 6 community laundries and "
                    "care spaces, safer bus stops and a women's sports programme. Several projects "
                    "born in women's assemblies, such as a day centre for older people, were also "
                    "chosen in the general vote. The municipal budget now includes a gender annex."
                ),
                evaluation=(
                    "The equality office collects sex-disaggregated data at every stage of the "
                    "process and publishes them each year. A feminist research collective "
                    "interviewed participants and found that many women had taken on new roles in "
                    "their communities. It also found that men's participation in care-related "
                    "projects remained low, which the city now addresses through awareness "
                    "campaigns."
                ),
                transferability=(
                    "The method can be applied to any participatory budget. It needs "
                    "sex-disaggregated data, a simple checklist to assess the gender impact of "
                    "proposals, resources for childcare and facilitation, and a clear rule on "
                    "reserved funds. Our gender checklist and our guide to organising women's "
                    "assemblies are available in four languages."
                ),
                public_summary=(
                    "{city} has built a gender perspective into its participatory budget: women's "
                    "assemblies before the district meetings, a gender impact checklist for every "
                    "proposal, balanced delegations and 20% of the budget reserved for projects "
                    "that reduce inequalities. Women are now more than half of elected delegates, "
                    "and 56 projects such as safer lighting and care spaces have been funded."
                ),
            ),
            "fr": PracticeText(
                title="Budget participatif sensible au genre et assemblées de femmes",
                organisation_presentation=(
                    "{organisation} promeut depuis de nombreuses années la participation citoyenne "
                    "à {city}, à travers un budget participatif et des conseils thématiques. Un "
                    "audit de genre réalisé en 2019 a montré que les femmes assistaient aux "
                    "assemblées mais y prenaient rarement la parole, qu'elles étaient "
                    "sous-représentées parmi les délégués et que les projets financés reflétaient "
                    "surtout les priorités des hommes. Le service de l'égalité et celui de la "
                    "participation ont alors repensé ensemble le dispositif."
                ),
                practice_description=(
                    "Depuis 2020, le budget participatif de {city} intègre une perspective de "
                    "genre à chaque étape. Avant les assemblées de quartier, des assemblées de "
                    "femmes se tiennent dans chaque quartier pour identifier les besoins et former "
                    "les femmes à la prise de parole et à la présentation de propositions. Chaque "
                    "proposition est analysée à l'aide d'une grille d'impact de genre. Les "
                    "délégations doivent être paritaires, et 20 % du budget est réservé à des "
                    "projets qui réduisent les inégalités entre les femmes et les hommes, comme "
                    "l'éclairage, les lieux de soin ou des cheminements sûrs vers les transports."
                ),
                objectives=(
                    "L'objectif est que les besoins des femmes, souvent liés au soin, à la "
                    "sécurité et à la mobilité, soient entendus et financés, et que les femmes "
                    "participent à égalité aux décisions. Le dispositif vise aussi à former des "
                    "femmes leaders dans les quartiers et à ancrer une culture de l'analyse de "
                    "genre dans les services municipaux qui réalisent les projets."
                ),
                participants=(
                    "Plus de 3 400 femmes ont participé à 64 assemblées de femmes en trois ans, "
                    "dont des travailleuses domestiques, des femmes âgées, de jeunes mères, des "
                    "femmes migrantes et des femmes en situation de handicap. Les assemblées "
                    "proposent une garde d'enfants, ont lieu à des horaires adaptés et sont "
                    "animées par des femmes. Les femmes représentent désormais 52 % des délégués "
                    "élus, contre 31 % auparavant, et 49 % des votants."
                ),
                results=(
                    "Cinquante-six projets ont été financés sur la part réservée, pour un total de "
                    "7,5 millions d'euros, dont 14 projets d'éclairage, 6 laveries et lieux de "
                    "soin collectifs, des arrêts de bus plus sûrs et un programme sportif pour les "
                    "femmes. Plusieurs projets nés dans les assemblées de femmes, comme un accueil "
                    "de jour pour personnes âgées, ont aussi été retenus lors du vote général. Le "
                    "budget municipal comporte désormais une annexe genre."
                ),
                evaluation=(
                    "Le service de l'égalité recueille des données ventilées par sexe à chaque "
                    "étape et les publie chaque année. Un collectif de recherche féministe a mené "
                    "des entretiens avec les participantes et constaté que beaucoup de femmes "
                    "avaient pris de nouvelles responsabilités dans leur quartier. Il a aussi "
                    "relevé que la participation des hommes aux projets liés au soin restait "
                    "faible, ce que la ville aborde désormais par des campagnes de "
                    "sensibilisation."
                ),
                transferability=(
                    "La méthode peut s'appliquer à tout budget participatif. Elle nécessite des "
                    "données ventilées par sexe, une grille simple pour évaluer l'impact de genre "
                    "des propositions, des moyens pour la garde d'enfants et l'animation, et une "
                    "règle claire sur les fonds réservés. Notre grille d'analyse de genre et notre "
                    "guide d'organisation des assemblées de femmes sont disponibles en quatre "
                    "langues."
                ),
                public_summary=(
                    "{city} a intégré une perspective de genre à son budget participatif : "
                    "assemblées de femmes avant les réunions de quartier, grille d'impact de genre "
                    "pour chaque proposition, délégations paritaires et 20 % du budget réservé à "
                    "des projets qui réduisent les inégalités. Les femmes sont désormais plus de "
                    "la moitié des délégués élus, et 56 projets, comme un éclairage plus sûr et "
                    "des lieux de soin, ont été financés."
                ),
            ),
            "es": PracticeText(
                title="Presupuesto participativo con perspectiva de género y asambleas de mujeres",
                organisation_presentation=(
                    "{organisation} impulsa desde hace muchos años la participación ciudadana en "
                    "{city} mediante un presupuesto participativo y consejos sectoriales. Una "
                    "auditoría de género realizada en 2019 mostró que las mujeres asistían a las "
                    "asambleas pero rara vez tomaban la palabra, que estaban subrepresentadas "
                    "entre los delegados y que los proyectos financiados reflejaban sobre todo las "
                    "prioridades de los hombres. El área de igualdad y la de participación "
                    "rediseñaron entonces juntas el proceso."
                ),
                practice_description=(
                    "Desde 2020, el presupuesto participativo de {city} incorpora la perspectiva "
                    "de género en todas sus etapas. Antes de las asambleas barriales se celebran "
                    "asambleas de mujeres en cada barrio para identificar necesidades y formar a "
                    "las mujeres para hablar en público y presentar propuestas. Cada propuesta se "
                    "analiza con una lista de verificación de impacto de género. Las delegaciones "
                    "deben ser paritarias y el 20 % del presupuesto se reserva a proyectos que "
                    "reducen las desigualdades de género, como el alumbrado, los espacios de "
                    "cuidado o recorridos seguros hacia el transporte público."
                ),
                objectives=(
                    "El objetivo es que las necesidades de las mujeres, a menudo ligadas a los "
                    "cuidados, la seguridad y la movilidad, sean escuchadas y financiadas, y que "
                    "las mujeres participen en igualdad en las decisiones. El proceso también "
                    "busca formar lideresas barriales y construir una cultura de análisis de "
                    "género en las áreas municipales que ejecutan los proyectos."
                ),
                participants=(
                    "Más de 3.400 mujeres participaron en 64 asambleas de mujeres en tres años, "
                    "entre ellas trabajadoras del hogar, mujeres mayores, madres jóvenes, mujeres "
                    "migrantes y mujeres con discapacidad. Las asambleas ofrecen cuidado infantil, "
                    "se realizan en horarios adecuados y las facilitan mujeres. Hoy las mujeres "
                    "son el 52 % de los delegados electos, frente al 31 % antes, y el 49 % de "
                    "quienes votan."
                ),
                results=(
                    "Con la parte reservada se financiaron 56 proyectos por un total de 7,5 "
                    "millones de euros, entre ellos 14 proyectos de alumbrado, 6 lavanderías y "
                    "espacios de cuidado comunitarios, paradas de autobús más seguras y un "
                    "programa deportivo para mujeres. Varios proyectos nacidos en las asambleas de "
                    "mujeres, como un centro de día para personas mayores, también resultaron "
                    "elegidos en la votación general. El presupuesto municipal incluye ahora un "
                    "anexo de género."
                ),
                evaluation=(
                    "El área de igualdad recoge datos desagregados por sexo en cada etapa del "
                    "proceso y los publica cada año. Un colectivo de investigación feminista "
                    "entrevistó a las participantes y constató que muchas mujeres asumieron nuevos "
                    "roles en sus comunidades. También observó que la participación de los hombres "
                    "en proyectos de cuidados seguía siendo baja, algo que la ciudad aborda ahora "
                    "con campañas de sensibilización."
                ),
                transferability=(
                    "El método puede aplicarse a cualquier presupuesto participativo. Requiere "
                    "datos desagregados por sexo, una lista de verificación sencilla para valorar "
                    "el impacto de género de las propuestas, recursos para cuidado infantil y "
                    "facilitación, y una regla clara sobre los fondos reservados. Nuestra lista de "
                    "verificación de género y la guía para organizar asambleas de mujeres están "
                    "disponibles en cuatro idiomas."
                ),
                public_summary=(
                    "{city} incorporó la perspectiva de género a su presupuesto participativo: "
                    "asambleas de mujeres antes de las reuniones barriales, una lista de "
                    "verificación de impacto de género para cada propuesta, delegaciones "
                    "paritarias y el 20 % del presupuesto reservado a proyectos que reducen las "
                    "desigualdades. Las mujeres ya son más de la mitad de los delegados electos, y "
                    "se financiaron 56 proyectos como alumbrado más seguro y espacios de cuidado."
                ),
            ),
            "pt": PracticeText(
                title="Orçamento participativo sensível ao género com assembleias de mulheres",
                organisation_presentation=(
                    "{organisation} promove há muitos anos a participação cidadã em {city}, "
                    "através de um orçamento participativo e de conselhos setoriais. Uma auditoria "
                    "de género realizada em 2019 mostrou que as mulheres assistiam às assembleias "
                    "mas raramente tomavam a palavra, estavam sub-representadas entre os delegados "
                    "e que os projetos financiados refletiam sobretudo as prioridades dos homens. "
                    "O gabinete para a igualdade e o departamento de participação redesenharam "
                    "então o processo em conjunto."
                ),
                practice_description=(
                    "Desde 2020, o orçamento participativo de {city} integra a perspetiva de "
                    "género em todas as etapas. Antes das assembleias de bairro, realizam-se "
                    "assembleias de mulheres em cada bairro para identificar necessidades e "
                    "preparar as mulheres para falar em público e apresentar propostas. Cada "
                    "proposta é analisada com uma grelha de impacto de género. As delegações têm "
                    "de ser paritárias e 20% do orçamento está reservado a projetos que reduzem as "
                    "desigualdades de género, como iluminação, espaços de cuidado ou percursos "
                    "seguros até aos transportes públicos."
                ),
                objectives=(
                    "O objetivo é garantir que as necessidades das mulheres, muitas vezes ligadas "
                    "ao cuidado, à segurança e à mobilidade, sejam ouvidas e financiadas, e que as "
                    "mulheres participem em igualdade nas decisões. O processo pretende também "
                    "formar lideranças femininas nos bairros e criar uma cultura de análise de "
                    "género nos serviços municipais que executam os projetos."
                ),
                participants=(
                    "Mais de 3400 mulheres participaram em 64 assembleias de mulheres em três "
                    "anos, incluindo trabalhadoras domésticas, mulheres idosas, mães jovens, "
                    "mulheres migrantes e mulheres com deficiência. As assembleias oferecem "
                    "acolhimento de crianças, realizam-se em horários adequados e são facilitadas "
                    "por mulheres. As mulheres representam agora 52% dos delegados eleitos, contra "
                    "31% antes, e 49% dos votantes."
                ),
                results=(
                    "Com a parte reservada foram financiados 56 projetos, num total de 7,5 milhões "
                    "de euros, incluindo 14 projetos de iluminação, 6 lavandarias e espaços de "
                    "cuidado comunitários, paragens de autocarro mais seguras e um programa "
                    "desportivo para mulheres. Vários projetos nascidos nas assembleias de "
                    "mulheres, como um centro de dia para pessoas idosas, foram também escolhidos "
                    "na votação geral. O orçamento municipal inclui agora um anexo de género."
                ),
                evaluation=(
                    "O gabinete para a igualdade recolhe dados desagregados por sexo em cada etapa "
                    "do processo e publica-os todos os anos. Um coletivo de investigação feminista "
                    "entrevistou participantes e concluiu que muitas mulheres assumiram novos "
                    "papéis nas suas comunidades. Verificou também que a participação dos homens "
                    "em projetos ligados ao cuidado continuava baixa, o que a cidade procura agora "
                    "mudar com campanhas de sensibilização."
                ),
                transferability=(
                    "O método pode ser aplicado a qualquer orçamento participativo. Requer dados "
                    "desagregados por sexo, uma grelha simples para avaliar o impacto de género "
                    "das propostas, recursos para acolhimento de crianças e facilitação, e uma "
                    "regra clara sobre os fundos reservados. A nossa grelha de género e o guia "
                    "para organizar assembleias de mulheres estão disponíveis em quatro línguas."
                ),
                public_summary=(
                    "{city} integrou a perspetiva de género no seu orçamento participativo: "
                    "assembleias de mulheres antes das reuniões de bairro, uma grelha de impacto "
                    "de género para cada proposta, delegações paritárias e 20% do orçamento "
                    "reservado a projetos que reduzem as desigualdades. As mulheres são agora mais "
                    "de metade dos delegados eleitos, e foram financiados 56 projetos, como "
                    "iluminação mais segura e espaços de cuidado."
                ),
            ),
        },
    ),
    DemoPractice(
        category="gender-care",
        texts={
            "en": PracticeText(
                title="A local care system co-designed with the people who give and receive care",
                organisation_presentation=(
                    "{organisation} provides social services, early childhood education and "
                    "support for older people in {city}. Like many cities, we found that care for "
                    "children, older people and people with disabilities was done mostly by women, "
                    "unpaid and invisible in public policy. In 2021 the mayor committed to "
                    "building a local care system, and we chose to design it with carers "
                    "themselves."
                ),
                practice_description=(
                    "The care system of {city} was co-designed over 18 months. First, 40 listening "
                    "sessions were held with unpaid carers, domestic workers, care professionals "
                    "and people who receive care. A care council, bringing together carers' "
                    "organisations, trade unions, health services and the city, turned the "
                    "findings into proposals. The result is a network of care blocks: in each "
                    "district, services for children, older people and carers are grouped within a "
                    "fifteen-minute walk, with respite, training and laundry services for carers."
                ),
                objectives=(
                    "The care system aims to recognise care work, to share it more fairly between "
                    "families, the community and the public sector, and to reduce the time poverty "
                    "of women carers. It also aims to give carers, who rarely have time to attend "
                    "public meetings, a permanent voice in the design and evaluation of the "
                    "services that concern them."
                ),
                participants=(
                    "More than 2,600 people took part in listening sessions and surveys, 83% of "
                    "them women. Sessions were organised where carers already go, such as health "
                    "centres, school gates, markets and places of worship, at times when respite "
                    "care could be provided. Domestic workers were reached through their union, "
                    "and older people through home-care teams. The care council has 25 members."
                ),
                results=(
                    "Six care blocks now operate, offering respite care, training, psychological "
                    "support, laundries and activities for children and older people. More than "
                    "9,000 carers have used at least one service, and users report gaining six "
                    "hours a week on average. A care card gives priority access to services, and "
                    "the city council adopted a care ordinance that makes the care council "
                    "permanent."
                ),
                evaluation=(
                    "The care council reviews an annual report with indicators on users, time "
                    "saved, waiting times and satisfaction, broken down by gender, age and "
                    "district. An external evaluation found that few men use the services as "
                    "carers, and that some care blocks were too far from the rural areas of the "
                    "municipality. Mobile care units were added in response."
                ),
                transferability=(
                    "A local care system can start from existing facilities: most of our care "
                    "blocks reuse schools, health centres and community centres. The conditions "
                    "are coordination between departments, a mapping of care needs and services, "
                    "and the involvement of carers' organisations from the start. Our mapping "
                    "method, listening-session guide and care ordinance can be adapted by other "
                    "cities."
                ),
                public_summary=(
                    "{city} co-designed a local care system with unpaid carers, domestic workers "
                    "and the people they care for. Care blocks bring together services for "
                    "children, older people and carers in each district, with respite care, "
                    "training and laundries. More than 9,000 carers use them, and a permanent care "
                    "council gives carers a voice in decisions."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Un système local de soins coconstruit avec celles et ceux qui prennent soin "
                    "et reçoivent des soins"
                ),
                organisation_presentation=(
                    "{organisation} assure les services sociaux, l'accueil de la petite enfance et "
                    "l'accompagnement des personnes âgées à {city}. Comme beaucoup de villes, nous "
                    "avons constaté que le soin des enfants, des personnes âgées et des personnes "
                    "handicapées reposait surtout sur les femmes, sans rémunération et sans "
                    "visibilité dans les politiques publiques. En 2021, la maire s'est engagée à "
                    "construire un système local de soins, et nous avons choisi de le concevoir "
                    "avec les aidantes et aidants eux-mêmes."
                ),
                practice_description=(
                    "Le système de soins de {city} a été coconstruit en 18 mois. D'abord, 40 "
                    "séances d'écoute ont réuni des aidantes non rémunérées, des travailleuses "
                    "domestiques, des professionnels du soin et des personnes qui reçoivent des "
                    "soins. Un conseil du soin, associant organisations d'aidants, syndicats, "
                    "services de santé et ville, a transformé ces constats en propositions. Le "
                    "résultat est un réseau de pôles de soin : dans chaque quartier, les services "
                    "pour les enfants, les personnes âgées et les aidants sont regroupés à moins "
                    "de quinze minutes à pied, avec du répit, des formations et des laveries pour "
                    "les aidants."
                ),
                objectives=(
                    "Le système vise à reconnaître le travail de soin, à mieux le répartir entre "
                    "les familles, la communauté et le secteur public, et à réduire la pauvreté en "
                    "temps des femmes aidantes. Il vise aussi à donner aux aidants, qui ont "
                    "rarement le temps d'assister aux réunions publiques, une voix permanente dans "
                    "la conception et l'évaluation des services qui les concernent."
                ),
                participants=(
                    "Plus de 2 600 personnes ont participé aux séances d'écoute et aux enquêtes, "
                    "dont 83 % de femmes. Les séances ont été organisées là où les aidants se "
                    "rendent déjà, comme les centres de santé, les sorties d'école, les marchés et "
                    "les lieux de culte, à des horaires où un relais de garde pouvait être assuré. "
                    "Les travailleuses domestiques ont été jointes par leur syndicat et les "
                    "personnes âgées par les équipes d'aide à domicile. Le conseil du soin compte "
                    "25 membres."
                ),
                results=(
                    "Six pôles de soin fonctionnent aujourd'hui, avec du répit, des formations, un "
                    "soutien psychologique, des laveries et des activités pour les enfants et les "
                    "personnes âgées. Plus de 9 000 aidants ont utilisé au moins un service, et "
                    "les usagers disent gagner en moyenne six heures par semaine. Une carte du "
                    "soin donne un accès prioritaire aux services, et le conseil municipal a "
                    "adopté une délibération qui pérennise le conseil du soin."
                ),
                evaluation=(
                    "Le conseil du soin examine un rapport annuel comprenant des indicateurs sur "
                    "les usagers, le temps gagné, les délais d'attente et la satisfaction, "
                    "ventilés par genre, âge et quartier. Une évaluation externe a montré que peu "
                    "d'hommes utilisent les services en tant qu'aidants et que certains pôles "
                    "étaient trop éloignés des zones rurales de la commune. Des unités mobiles ont "
                    "été ajoutées en réponse."
                ),
                transferability=(
                    "Un système local de soins peut partir des équipements existants : la plupart "
                    "de nos pôles réutilisent des écoles, des centres de santé et des centres "
                    "sociaux. Les conditions sont une coordination entre services, une "
                    "cartographie des besoins et des services de soin, et l'association des "
                    "organisations d'aidants dès le départ. Notre méthode de cartographie, notre "
                    "guide des séances d'écoute et notre délibération peuvent être adaptés par "
                    "d'autres villes."
                ),
                public_summary=(
                    "{city} a coconstruit un système local de soins avec des aidantes non "
                    "rémunérées, des travailleuses domestiques et les personnes qu'elles "
                    "accompagnent. Dans chaque quartier, des pôles de soin regroupent les services "
                    "pour les enfants, les personnes âgées et les aidants, avec du répit, des "
                    "formations et des laveries. Plus de 9 000 aidants les utilisent, et un "
                    "conseil du soin permanent leur donne voix au chapitre."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Un sistema local de cuidados codiseñado con quienes cuidan y quienes son "
                    "cuidados"
                ),
                organisation_presentation=(
                    "{organisation} presta servicios sociales, educación infantil y apoyo a las "
                    "personas mayores en {city}. Como muchas ciudades, constatamos que el cuidado "
                    "de niñas, niños, personas mayores y personas con discapacidad recaía sobre "
                    "todo en las mujeres, sin remuneración y de forma invisible para las políticas "
                    "públicas. En 2021, la alcaldesa se comprometió a construir un sistema local "
                    "de cuidados, y decidimos diseñarlo con las propias personas cuidadoras."
                ),
                practice_description=(
                    "El sistema de cuidados de {city} se codiseñó durante 18 meses. Primero se "
                    "realizaron 40 sesiones de escucha con cuidadoras no remuneradas, trabajadoras "
                    "del hogar, profesionales de los cuidados y personas que reciben cuidados. Un "
                    "consejo de cuidados, con organizaciones de cuidadoras, sindicatos, servicios "
                    "de salud y la ciudad, convirtió los hallazgos en propuestas. El resultado es "
                    "una red de manzanas del cuidado: en cada distrito, los servicios para la "
                    "infancia, las personas mayores y quienes cuidan se concentran a menos de "
                    "quince minutos a pie, con respiro, formación y lavandería para las "
                    "cuidadoras."
                ),
                objectives=(
                    "El sistema busca reconocer el trabajo de cuidados, redistribuirlo entre las "
                    "familias, la comunidad y el sector público, y reducir la pobreza de tiempo de "
                    "las mujeres cuidadoras. También pretende dar a las personas cuidadoras, que "
                    "rara vez tienen tiempo para ir a reuniones públicas, una voz permanente en el "
                    "diseño y la evaluación de los servicios que les conciernen."
                ),
                participants=(
                    "Más de 2.600 personas participaron en las sesiones de escucha y en las "
                    "encuestas, el 83 % de ellas mujeres. Las sesiones se organizaron donde las "
                    "cuidadoras ya acuden, como centros de salud, puertas de escuelas, mercados y "
                    "lugares de culto, en horarios en que se podía ofrecer cuidado de relevo. Se "
                    "llegó a las trabajadoras del hogar a través de su sindicato y a las personas "
                    "mayores mediante los equipos de atención domiciliaria. El consejo de cuidados "
                    "tiene 25 integrantes."
                ),
                results=(
                    "Hoy funcionan seis manzanas del cuidado, con servicios de respiro, formación, "
                    "apoyo psicológico, lavanderías y actividades para la infancia y las personas "
                    "mayores. Más de 9.000 personas cuidadoras usaron al menos un servicio, y "
                    "declaran ganar en promedio seis horas por semana. Una tarjeta de cuidados da "
                    "acceso prioritario a los servicios, y el concejo municipal aprobó una "
                    "ordenanza que hace permanente el consejo de cuidados."
                ),
                evaluation=(
                    "El consejo de cuidados revisa un informe anual con indicadores sobre personas "
                    "usuarias, tiempo liberado, tiempos de espera y satisfacción, desagregados por "
                    "género, edad y distrito. Una evaluación externa mostró que pocos hombres usan "
                    "los servicios como cuidadores y que algunas manzanas quedaban demasiado lejos "
                    "de las zonas rurales del municipio. En respuesta, se añadieron unidades "
                    "móviles de cuidado."
                ),
                transferability=(
                    "Un sistema local de cuidados puede partir de los equipamientos existentes: la "
                    "mayoría de nuestras manzanas reutilizan escuelas, centros de salud y centros "
                    "comunitarios. Las condiciones son la coordinación entre áreas, un mapeo de "
                    "necesidades y servicios de cuidado y la participación de las organizaciones "
                    "de cuidadoras desde el inicio. Nuestro método de mapeo, la guía de sesiones "
                    "de escucha y la ordenanza pueden adaptarse en otras ciudades."
                ),
                public_summary=(
                    "{city} codiseñó un sistema local de cuidados con cuidadoras no remuneradas, "
                    "trabajadoras del hogar y las personas a quienes cuidan. En cada distrito, las "
                    "manzanas del cuidado reúnen servicios para la infancia, las personas mayores "
                    "y quienes cuidan, con respiro, formación y lavanderías. Más de 9.000 personas "
                    "cuidadoras las utilizan, y un consejo de cuidados permanente les da voz en "
                    "las decisiones."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Um sistema local de cuidados codesenhado com quem cuida e com quem é cuidado"
                ),
                organisation_presentation=(
                    "{organisation} assegura serviços sociais, educação de infância e apoio às "
                    "pessoas idosas em {city}. Como muitas cidades, constatámos que o cuidado de "
                    "crianças, pessoas idosas e pessoas com deficiência recaía sobretudo sobre as "
                    "mulheres, sem remuneração e de forma invisível nas políticas públicas. Em "
                    "2021, a presidente comprometeu-se a construir um sistema local de cuidados, e "
                    "optámos por desenhá-lo com as próprias cuidadoras e cuidadores."
                ),
                practice_description=(
                    "O sistema de cuidados de {city} foi codesenhado ao longo de 18 meses. "
                    "Primeiro, realizaram-se 40 sessões de escuta com cuidadoras informais, "
                    "trabalhadoras domésticas, profissionais do cuidado e pessoas que recebem "
                    "cuidados. Um conselho de cuidados, que junta organizações de cuidadores, "
                    "sindicatos, serviços de saúde e a cidade, transformou as conclusões em "
                    "propostas. O resultado é uma rede de quarteirões do cuidado: em cada bairro, "
                    "os serviços para crianças, pessoas idosas e cuidadores ficam a menos de "
                    "quinze minutos a pé, com descanso, formação e lavandaria para quem cuida."
                ),
                objectives=(
                    "O sistema pretende reconhecer o trabalho de cuidado, reparti-lo de forma mais "
                    "justa entre as famílias, a comunidade e o setor público, e reduzir a pobreza "
                    "de tempo das mulheres cuidadoras. Pretende também dar às pessoas cuidadoras, "
                    "que raramente têm tempo para ir a reuniões públicas, uma voz permanente na "
                    "conceção e na avaliação dos serviços que lhes dizem respeito."
                ),
                participants=(
                    "Mais de 2600 pessoas participaram nas sessões de escuta e nos inquéritos, 83% "
                    "delas mulheres. As sessões foram organizadas onde as cuidadoras já vão, como "
                    "centros de saúde, portões de escolas, mercados e locais de culto, em horários "
                    "em que era possível assegurar cuidados de substituição. As trabalhadoras "
                    "domésticas foram contactadas através do seu sindicato e as pessoas idosas "
                    "através das equipas de apoio domiciliário. O conselho de cuidados tem 25 "
                    "membros."
                ),
                results=(
                    "Funcionam hoje seis quarteirões do cuidado, com serviços de descanso do "
                    "cuidador, formação, apoio psicológico, lavandarias e atividades para crianças "
                    "e pessoas idosas. Mais de 9000 cuidadores utilizaram pelo menos um serviço e "
                    "afirmam ganhar, em média, seis horas por semana. Um cartão do cuidador dá "
                    "acesso prioritário aos serviços, e a assembleia municipal aprovou um "
                    "regulamento que torna o conselho de cuidados permanente."
                ),
                evaluation=(
                    "O conselho de cuidados analisa um relatório anual com indicadores sobre "
                    "utilizadores, tempo ganho, tempos de espera e satisfação, desagregados por "
                    "género, idade e bairro. Uma avaliação externa concluiu que poucos homens "
                    "utilizam os serviços enquanto cuidadores e que alguns quarteirões ficavam "
                    "demasiado longe das zonas rurais do município. Em resposta, foram criadas "
                    "unidades móveis de cuidado."
                ),
                transferability=(
                    "Um sistema local de cuidados pode partir dos equipamentos existentes: a "
                    "maioria dos nossos quarteirões reutiliza escolas, centros de saúde e centros "
                    "comunitários. As condições são a coordenação entre serviços, um mapeamento "
                    "das necessidades e dos serviços de cuidado e o envolvimento das organizações "
                    "de cuidadores desde o início. O nosso método de mapeamento, o guia das "
                    "sessões de escuta e o regulamento podem ser adaptados por outras cidades."
                ),
                public_summary=(
                    "{city} codesenhou um sistema local de cuidados com cuidadoras informais, "
                    "trabalhadoras domésticas e as pessoas de quem cuidam. Em cada bairro, os "
                    "quarteirões do cuidado reúnem serviços para crianças, pessoas idosas e "
                    "cuidadores, com descanso, formação e lavandarias. Mais de 9000 cuidadores "
                    "utilizam-nos, e um conselho de cuidados permanente dá-lhes voz nas decisões."
                ),
            ),
        },
    ),
    DemoPractice(
        category="gender-care",
        texts={
            "en": PracticeText(
                title="Exploratory walks: women map the city and redesign unsafe places",
                organisation_presentation=(
                    "{organisation} is in charge of urban planning, lighting and public space in "
                    "{city}. Surveys showed that many women avoid certain streets, parks and "
                    "transport stops after dark and change their routes every day. In response, "
                    "the equality and urban planning departments decided to work directly with the "
                    "women who know these places best, instead of relying only on crime "
                    "statistics."
                ),
                practice_description=(
                    "Since 2019, {city} has organised exploratory walks in which groups of 8 to 15 "
                    "women walk through their neighbourhood, by day and by night, with a "
                    "technician from the city. They note what makes them feel unsafe or safe: "
                    "lighting, visibility, signage, maintenance, the presence of people and shops. "
                    "Each walk ends with a report and recommendations, which the departments must "
                    "answer within three months. The results are gathered on a public map."
                ),
                objectives=(
                    "The walks aim to make public spaces safer and more comfortable for everyone "
                    "by starting from women's experience, to recognise women as experts on their "
                    "neighbourhood, and to change how planners design streets and parks. They also "
                    "seek to strengthen links between women and local services and to make the "
                    "right to the city a concrete reality."
                ),
                participants=(
                    "Around 1,250 women have taken part in 98 walks, including teenagers, older "
                    "women, women with disabilities, migrant women and night-shift workers. Groups "
                    "were formed with local associations, schools and health centres. Some walks "
                    "were held in the participants' own languages, and specific walks were "
                    "organised with wheelchair users and with girls aged 12 to 16."
                ),
                results=(
                    "The walks produced 1,430 recommendations, 61% of which have already been "
                    "carried out: new or better lighting, trimmed hedges, removed walls, clear "
                    "signs, benches, emergency call points and a new night bus stop closer to "
                    "housing. Guidelines for gender-sensitive design are now mandatory for all new "
                    "public space projects, and two parks were redesigned following walks with "
                    "girls."
                ),
                evaluation=(
                    "Each neighbourhood is walked again after the works, with the same women when "
                    "possible, to check whether the changes improved their feeling of safety. An "
                    "annual survey measures how women perceive safety in public space: in the "
                    "areas covered, the share of women who avoid going out after dark fell from "
                    "42% to 33%. Participants also evaluate the walks and have asked for more "
                    "follow-up."
                ),
                transferability=(
                    "Exploratory walks are inexpensive and can be organised by any local "
                    "government with a partner association. They require trained facilitators, "
                    "technicians who take part in person, a commitment to answer recommendations "
                    "within a fixed time, and a budget for small works. Our facilitation guide, "
                    "observation grid and design guidelines are freely available."
                ),
                public_summary=(
                    "In {city}, women walk through their neighbourhoods, by day and by night, with "
                    "city technicians to identify what makes places feel unsafe. Some 1,250 women "
                    "have taken part in 98 walks, producing more than 1,400 recommendations, most "
                    "of them already carried out: better lighting, clearer routes, benches and "
                    "safer bus stops. Gender-sensitive design is now mandatory."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Marches exploratoires : les femmes cartographient la ville et transforment "
                    "les lieux insécurisants"
                ),
                organisation_presentation=(
                    "{organisation} est chargée de l'urbanisme, de l'éclairage et de l'espace "
                    "public à {city}. Des enquêtes ont montré que beaucoup de femmes évitent "
                    "certaines rues, certains parcs et arrêts de transport à la nuit tombée et "
                    "modifient leurs trajets au quotidien. Pour y répondre, les services de "
                    "l'égalité et de l'urbanisme ont décidé de travailler directement avec les "
                    "femmes qui connaissent le mieux ces lieux, au lieu de s'appuyer uniquement "
                    "sur les statistiques de la délinquance."
                ),
                practice_description=(
                    "Depuis 2019, {city} organise des marches exploratoires au cours desquelles "
                    "des groupes de 8 à 15 femmes parcourent leur quartier, de jour comme de nuit, "
                    "avec un technicien de la ville. Elles relèvent ce qui les fait se sentir en "
                    "insécurité ou en sécurité : éclairage, visibilité, signalétique, entretien, "
                    "présence de passants et de commerces. Chaque marche donne lieu à un rapport "
                    "et à des recommandations, auxquelles les services doivent répondre dans un "
                    "délai de trois mois. Les résultats sont rassemblés sur une carte publique."
                ),
                objectives=(
                    "Les marches visent à rendre l'espace public plus sûr et plus agréable pour "
                    "toutes et tous en partant de l'expérience des femmes, à reconnaître les "
                    "femmes comme expertes de leur quartier et à changer la manière dont les "
                    "urbanistes conçoivent les rues et les parcs. Elles cherchent aussi à "
                    "renforcer les liens entre les femmes et les services de proximité et à rendre "
                    "concret le droit à la ville."
                ),
                participants=(
                    "Environ 1 250 femmes ont participé à 98 marches, dont des adolescentes, des "
                    "femmes âgées, des femmes en situation de handicap, des femmes migrantes et "
                    "des travailleuses de nuit. Les groupes ont été constitués avec des "
                    "associations locales, des écoles et des centres de santé. Certaines marches "
                    "se sont déroulées dans la langue des participantes, et des marches "
                    "spécifiques ont été organisées avec des personnes en fauteuil roulant et avec "
                    "des filles de 12 à 16 ans."
                ),
                results=(
                    "Les marches ont produit 1 430 recommandations, dont 61 % sont déjà réalisées "
                    ": éclairage nouveau ou amélioré, haies taillées, murs supprimés, signalétique "
                    "claire, bancs, bornes d'appel d'urgence et un nouvel arrêt de bus de nuit "
                    "plus proche des logements. Un référentiel d'aménagement sensible au genre est "
                    "désormais obligatoire pour tous les nouveaux projets d'espace public, et deux "
                    "parcs ont été réaménagés à la suite de marches avec des filles."
                ),
                evaluation=(
                    "Chaque quartier est parcouru de nouveau après les travaux, si possible avec "
                    "les mêmes femmes, pour vérifier si les changements ont amélioré leur "
                    "sentiment de sécurité. Une enquête annuelle mesure la perception de la "
                    "sécurité des femmes dans l'espace public : dans les secteurs concernés, la "
                    "part des femmes qui évitent de sortir à la nuit tombée est passée de 42 % à "
                    "33 %. Les participantes évaluent aussi les marches et ont demandé davantage "
                    "de suivi."
                ),
                transferability=(
                    "Les marches exploratoires sont peu coûteuses et peuvent être organisées par "
                    "toute collectivité avec une association partenaire. Elles exigent des "
                    "animatrices formées, des techniciens présents en personne, l'engagement de "
                    "répondre aux recommandations dans un délai fixé et un budget pour les petits "
                    "travaux. Notre guide d'animation, notre grille d'observation et notre "
                    "référentiel d'aménagement sont librement accessibles."
                ),
                public_summary=(
                    "À {city}, des femmes parcourent leur quartier, de jour comme de nuit, avec "
                    "des techniciens de la ville pour repérer ce qui rend certains lieux "
                    "insécurisants. Environ 1 250 femmes ont participé à 98 marches et formulé "
                    "plus de 1 400 recommandations, pour la plupart déjà réalisées : meilleur "
                    "éclairage, cheminements plus lisibles, bancs et arrêts de bus plus sûrs. "
                    "L'aménagement sensible au genre est désormais obligatoire."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Recorridos exploratorios: las mujeres mapean la ciudad y transforman los "
                    "lugares inseguros"
                ),
                organisation_presentation=(
                    "{organisation} está a cargo del urbanismo, el alumbrado y el espacio público "
                    "en {city}. Las encuestas mostraron que muchas mujeres evitan ciertas calles, "
                    "parques y paradas de transporte al anochecer y cambian sus recorridos a "
                    "diario. En respuesta, las áreas de igualdad y de urbanismo decidieron "
                    "trabajar directamente con las mujeres que mejor conocen esos lugares, en "
                    "lugar de basarse solo en las estadísticas delictivas."
                ),
                practice_description=(
                    "Desde 2019, {city} organiza recorridos exploratorios en los que grupos de 8 a "
                    "15 mujeres caminan por su barrio, de día y de noche, con una persona técnica "
                    "de la ciudad. Anotan lo que les genera inseguridad o seguridad: iluminación, "
                    "visibilidad, señalización, mantenimiento, presencia de gente y de comercios. "
                    "Cada recorrido termina con un informe y recomendaciones, que las áreas "
                    "municipales deben responder en un plazo de tres meses. Los resultados se "
                    "reúnen en un mapa público."
                ),
                objectives=(
                    "Los recorridos buscan que el espacio público sea más seguro y cómodo para "
                    "todas las personas partiendo de la experiencia de las mujeres, reconocer a "
                    "las mujeres como expertas de su barrio y cambiar la forma en que se diseñan "
                    "calles y parques. También pretenden fortalecer los vínculos entre las mujeres "
                    "y los servicios de proximidad y hacer concreto el derecho a la ciudad."
                ),
                participants=(
                    "Unas 1.250 mujeres participaron en 98 recorridos, entre ellas adolescentes, "
                    "mujeres mayores, mujeres con discapacidad, mujeres migrantes y trabajadoras "
                    "del turno de noche. Los grupos se formaron con asociaciones locales, escuelas "
                    "y centros de salud. Algunos recorridos se hicieron en las lenguas de las "
                    "participantes, y se organizaron recorridos específicos con usuarias de silla "
                    "de ruedas y con niñas de 12 a 16 años."
                ),
                results=(
                    "Los recorridos produjeron 1.430 recomendaciones, el 61 % de ellas ya "
                    "ejecutadas: alumbrado nuevo o mejorado, setos podados, muros retirados, "
                    "señalización clara, bancos, puntos de llamada de emergencia y una nueva "
                    "parada de autobús nocturno más cerca de las viviendas. Unas pautas de diseño "
                    "con perspectiva de género son ahora obligatorias para todos los nuevos "
                    "proyectos de espacio público, y dos parques se rediseñaron tras recorridos "
                    "con niñas."
                ),
                evaluation=(
                    "Cada barrio se recorre de nuevo tras las obras, con las mismas mujeres cuando "
                    "es posible, para comprobar si los cambios mejoraron su sensación de "
                    "seguridad. Una encuesta anual mide cómo perciben las mujeres la seguridad en "
                    "el espacio público: en las zonas intervenidas, la proporción de mujeres que "
                    "evitan salir al anochecer bajó del 42 % al 33 %. Las participantes también "
                    "evalúan los recorridos y han pedido más seguimiento."
                ),
                transferability=(
                    "Los recorridos exploratorios son baratos y cualquier gobierno local puede "
                    "organizarlos con una asociación aliada. Requieren facilitadoras formadas, "
                    "personal técnico que participe en persona, el compromiso de responder a las "
                    "recomendaciones en un plazo fijo y un presupuesto para pequeñas obras. "
                    "Nuestra guía de facilitación, la ficha de observación y las pautas de diseño "
                    "están disponibles libremente."
                ),
                public_summary=(
                    "En {city}, mujeres recorren sus barrios, de día y de noche, con personal "
                    "técnico de la ciudad para identificar qué hace que ciertos lugares resulten "
                    "inseguros. Unas 1.250 mujeres participaron en 98 recorridos y formularon más "
                    "de 1.400 recomendaciones, la mayoría ya ejecutadas: mejor alumbrado, "
                    "recorridos más claros, bancos y paradas de autobús más seguras. El diseño con "
                    "perspectiva de género es ahora obligatorio."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Marchas exploratórias: as mulheres mapeiam a cidade e transformam os lugares "
                    "inseguros"
                ),
                organisation_presentation=(
                    "{organisation} é responsável pelo urbanismo, pela iluminação e pelo espaço "
                    "público em {city}. Os inquéritos mostraram que muitas mulheres evitam certas "
                    "ruas, parques e paragens de transportes depois de escurecer e mudam os seus "
                    "percursos todos os dias. Em resposta, os serviços de igualdade e de urbanismo "
                    "decidiram trabalhar diretamente com as mulheres que melhor conhecem esses "
                    "lugares, em vez de se basearem apenas nas estatísticas da criminalidade."
                ),
                practice_description=(
                    "Desde 2019, {city} organiza marchas exploratórias em que grupos de 8 a 15 "
                    "mulheres percorrem o seu bairro, de dia e de noite, com um técnico da cidade. "
                    "Registam o que as faz sentir inseguras ou seguras: iluminação, visibilidade, "
                    "sinalética, manutenção, presença de pessoas e de comércio. Cada marcha "
                    "termina com um relatório e recomendações, a que os serviços têm de responder "
                    "no prazo de três meses. Os resultados são reunidos num mapa público."
                ),
                objectives=(
                    "As marchas pretendem tornar o espaço público mais seguro e confortável para "
                    "todas as pessoas, partindo da experiência das mulheres, reconhecer as "
                    "mulheres como especialistas do seu bairro e mudar a forma como os urbanistas "
                    "desenham ruas e parques. Procuram também reforçar os laços entre as mulheres "
                    "e os serviços de proximidade e tornar concreto o direito à cidade."
                ),
                participants=(
                    "Cerca de 1250 mulheres participaram em 98 marchas, incluindo adolescentes, "
                    "mulheres idosas, mulheres com deficiência, mulheres migrantes e trabalhadoras "
                    "por turnos noturnos. Os grupos foram formados com associações locais, escolas "
                    "e centros de saúde. Algumas marchas decorreram nas línguas das participantes, "
                    "e foram organizadas marchas específicas com utilizadoras de cadeira de rodas "
                    "e com raparigas dos 12 aos 16 anos."
                ),
                results=(
                    "As marchas produziram 1430 recomendações, 61% das quais já foram executadas: "
                    "iluminação nova ou melhorada, sebes podadas, muros removidos, sinalética "
                    "clara, bancos, botões de chamada de emergência e uma nova paragem de "
                    "autocarro noturno mais perto das habitações. Orientações de desenho sensível "
                    "ao género são agora obrigatórias para todos os novos projetos de espaço "
                    "público, e dois parques foram redesenhados na sequência de marchas com "
                    "raparigas."
                ),
                evaluation=(
                    "Cada bairro volta a ser percorrido depois das obras, com as mesmas mulheres "
                    "sempre que possível, para verificar se as mudanças melhoraram a sua sensação "
                    "de segurança. Um inquérito anual mede a perceção de segurança das mulheres no "
                    "espaço público: nas zonas abrangidas, a percentagem de mulheres que evitam "
                    "sair depois de escurecer desceu de 42% para 33%. As participantes avaliam "
                    "também as marchas e pediram mais acompanhamento."
                ),
                transferability=(
                    "As marchas exploratórias são baratas e podem ser organizadas por qualquer "
                    "governo local com uma associação parceira. Exigem facilitadoras formadas, "
                    "técnicos que participem presencialmente, o compromisso de responder às "
                    "recomendações num prazo fixo e um orçamento para pequenas obras. O nosso guia "
                    "de facilitação, a grelha de observação e as orientações de desenho estão "
                    "disponíveis gratuitamente."
                ),
                public_summary=(
                    "Em {city}, mulheres percorrem os seus bairros, de dia e de noite, com "
                    "técnicos da cidade para identificar o que torna certos lugares inseguros. "
                    "Cerca de 1250 mulheres participaram em 98 marchas e formularam mais de 1400 "
                    "recomendações, na sua maioria já executadas: melhor iluminação, percursos "
                    "mais claros, bancos e paragens de autocarro mais seguras. O desenho sensível "
                    "ao género é agora obrigatório."
                ),
            ),
        },
    ),
    # Ecological transition
    DemoPractice(
        category="ecological-transition",
        texts={
            "en": PracticeText(
                title=(
                    "A citizens' climate assembly drawn by lot to speed up the local climate plan"
                ),
                organisation_presentation=(
                    "{organisation} has declared a climate emergency and set a target of carbon "
                    "neutrality for {city}. Reaching it requires changes in mobility, housing, "
                    "food and consumption that affect every household. To decide on these changes "
                    "fairly, the local government chose to involve residents through deliberation, "
                    "with the support of a university and a civic organisation specialised in "
                    "sortition."
                ),
                practice_description=(
                    "In 2023, {city} convened a citizens' climate assembly of 100 residents drawn "
                    "by lot, representative of the population by gender, age, district, education "
                    "and income. Over six weekends, members learned from climate scientists, "
                    "economists, trade unions and residents' groups, visited local projects and "
                    "deliberated with independent facilitators. Their mandate asked: how can we "
                    "cut our emissions by 55% by 2030 in a fair way? The city committed in advance "
                    "to answer each proposal within six months."
                ),
                objectives=(
                    "The assembly aimed to build a climate plan with broad legitimacy, to take "
                    "into account the impact of each measure on low-income households, and to show "
                    "that ordinary citizens can make difficult choices when they are well "
                    "informed. It also aimed to open a wider public debate on the climate "
                    "transition across the city."
                ),
                participants=(
                    "Invitations were sent to 12,000 addresses, and the 100 members were drawn "
                    "from 1,150 volunteers. Members received a compensation for each weekend, "
                    "childcare and transport, and young people aged 16 and 17 were included. "
                    "Particular attention was paid to tenants of social housing and to people who "
                    "do not own a car. More than 3,000 residents sent proposals online, and all "
                    "plenary sessions were streamed."
                ),
                results=(
                    "The assembly approved 48 proposals, including a renovation programme for "
                    "social housing, free public transport for young people and low-income "
                    "residents, a network of protected cycle lanes and plant-based meals in school "
                    "canteens. The city council included 39 of them in the climate plan, with 120 "
                    "million euros over six years. Eight members sit on the committee that "
                    "monitors the plan."
                ),
                evaluation=(
                    "A university team evaluated the quality of deliberation, members' learning "
                    "and their perception of the process, and is following the implementation of "
                    "the proposals. Members' knowledge of climate change improved markedly, and "
                    "most said their opinions had evolved. The evaluation recommended stronger "
                    "links with the council's ordinary decision-making, so the assembly will be "
                    "convened again every two years to review progress."
                ),
                transferability=(
                    "The assembly cost 480,000 euros, about 0.1% of the annual budget. Other local "
                    "governments can reproduce it with a clear mandate, an independent organiser "
                    "for sortition and facilitation, a balanced panel of experts and a public "
                    "commitment to respond. Our sortition protocol, session programme and "
                    "evaluation report are freely available."
                ),
                public_summary=(
                    "In {city}, 100 residents drawn by lot deliberated over six weekends on how to "
                    "cut emissions by 55% by 2030 in a fair way. Their 48 proposals, from the "
                    "renovation of social housing to free transport for young people, shaped the "
                    "city's climate plan: 39 were adopted with a budget of 120 million euros. "
                    "Assembly members help monitor implementation."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Une convention citoyenne pour le climat tirée au sort pour accélérer le plan "
                    "climat local"
                ),
                organisation_presentation=(
                    "{organisation} a déclaré l'urgence climatique et fixé un objectif de "
                    "neutralité carbone pour {city}. L'atteindre suppose des changements dans la "
                    "mobilité, le logement, l'alimentation et la consommation qui touchent tous "
                    "les foyers. Pour décider de ces changements de manière juste, la collectivité "
                    "a choisi d'associer les habitants par la délibération, avec l'appui d'une "
                    "université et d'une association spécialisée dans le tirage au sort."
                ),
                practice_description=(
                    "En 2023, {city} a réuni une convention citoyenne pour le climat de 100 "
                    "habitants tirés au sort, représentatifs de la population selon le genre, "
                    "l'âge, le quartier, le niveau d'études et les revenus. Pendant six week-ends, "
                    "les membres ont entendu des climatologues, des économistes, des syndicats et "
                    "des collectifs d'habitants, ont visité des projets locaux et ont délibéré "
                    "avec des animateurs indépendants. Leur mandat : comment réduire nos émissions "
                    "de 55 % d'ici 2030 de manière juste ? La ville s'était engagée à l'avance à "
                    "répondre à chaque proposition dans un délai de six mois."
                ),
                objectives=(
                    "La convention visait à construire un plan climat doté d'une large légitimité, "
                    "à tenir compte de l'impact de chaque mesure sur les ménages modestes et à "
                    "montrer que des citoyens ordinaires peuvent faire des choix difficiles "
                    "lorsqu'ils sont bien informés. Elle visait aussi à ouvrir un débat public "
                    "plus large sur la transition climatique dans toute la ville."
                ),
                participants=(
                    "Des invitations ont été envoyées à 12 000 adresses, et les 100 membres ont "
                    "été tirés au sort parmi 1 150 volontaires. Les membres ont reçu une indemnité "
                    "pour chaque week-end, une garde d'enfants et la prise en charge des "
                    "transports, et des jeunes de 16 et 17 ans ont été inclus. Une attention "
                    "particulière a été portée aux locataires de logements sociaux et aux "
                    "personnes sans voiture. Plus de 3 000 habitants ont envoyé des propositions "
                    "en ligne, et toutes les séances plénières ont été retransmises."
                ),
                results=(
                    "La convention a adopté 48 propositions, dont un programme de rénovation des "
                    "logements sociaux, la gratuité des transports publics pour les jeunes et les "
                    "ménages modestes, un réseau de pistes cyclables sécurisées et des repas "
                    "végétariens dans les cantines scolaires. Le conseil municipal en a intégré 39 "
                    "au plan climat, avec 120 millions d'euros sur six ans. Huit membres siègent "
                    "au comité de suivi du plan."
                ),
                evaluation=(
                    "Une équipe universitaire a évalué la qualité de la délibération, les "
                    "apprentissages des membres et leur perception du processus, et suit la mise "
                    "en œuvre des propositions. Les connaissances des membres sur le changement "
                    "climatique ont nettement progressé, et la plupart disent que leurs opinions "
                    "ont évolué. L'évaluation a recommandé de mieux relier la convention aux "
                    "décisions ordinaires du conseil : elle sera donc réunie de nouveau tous les "
                    "deux ans pour faire le point."
                ),
                transferability=(
                    "La convention a coûté 480 000 euros, soit environ 0,1 % du budget annuel. "
                    "D'autres collectivités peuvent la reproduire avec un mandat clair, un "
                    "organisateur indépendant pour le tirage au sort et l'animation, un panel "
                    "d'experts équilibré et un engagement public à répondre. Notre protocole de "
                    "tirage au sort, le programme des séances et le rapport d'évaluation sont "
                    "librement accessibles."
                ),
                public_summary=(
                    "À {city}, 100 habitants tirés au sort ont délibéré pendant six week-ends sur "
                    "la manière de réduire les émissions de 55 % d'ici 2030 de façon juste. Leurs "
                    "48 propositions, de la rénovation des logements sociaux à la gratuité des "
                    "transports pour les jeunes, ont façonné le plan climat : 39 ont été adoptées "
                    "avec un budget de 120 millions d'euros. Des membres de la convention en "
                    "suivent la mise en œuvre."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Una asamblea ciudadana por el clima, elegida por sorteo, para acelerar el "
                    "plan climático local"
                ),
                organisation_presentation=(
                    "{organisation} declaró la emergencia climática y fijó un objetivo de "
                    "neutralidad de carbono para {city}. Alcanzarlo exige cambios en la movilidad, "
                    "la vivienda, la alimentación y el consumo que afectan a todos los hogares. "
                    "Para decidir esos cambios de forma justa, el gobierno local optó por implicar "
                    "a la ciudadanía mediante la deliberación, con el apoyo de una universidad y "
                    "de una organización cívica especializada en el sorteo."
                ),
                practice_description=(
                    "En 2023, {city} convocó una asamblea ciudadana por el clima de 100 personas "
                    "sorteadas, representativas de la población por género, edad, distrito, nivel "
                    "educativo e ingresos. Durante seis fines de semana, sus miembros escucharon a "
                    "científicos del clima, economistas, sindicatos y colectivos vecinales, "
                    "visitaron proyectos locales y deliberaron con facilitación independiente. Su "
                    "mandato planteaba: ¿cómo reducir nuestras emisiones un 55 % para 2030 de "
                    "manera justa? La ciudad se comprometió de antemano a responder cada propuesta "
                    "en un plazo de seis meses."
                ),
                objectives=(
                    "La asamblea buscaba construir un plan climático con amplia legitimidad, tener "
                    "en cuenta el impacto de cada medida en los hogares de bajos ingresos y "
                    "demostrar que la ciudadanía común puede tomar decisiones difíciles cuando "
                    "está bien informada. También quería abrir un debate público más amplio sobre "
                    "la transición climática en toda la ciudad."
                ),
                participants=(
                    "Se enviaron invitaciones a 12.000 domicilios y los 100 miembros se sortearon "
                    "entre 1.150 personas voluntarias. Recibieron una compensación por cada fin de "
                    "semana, cuidado infantil y transporte, y se incluyó a jóvenes de 16 y 17 "
                    "años. Se prestó especial atención a inquilinos de vivienda social y a "
                    "personas que no tienen auto. Más de 3.000 vecinas y vecinos enviaron "
                    "propuestas en línea, y todas las sesiones plenarias se transmitieron en "
                    "directo."
                ),
                results=(
                    "La asamblea aprobó 48 propuestas, entre ellas un programa de rehabilitación "
                    "de vivienda social, transporte público gratuito para jóvenes y hogares de "
                    "bajos ingresos, una red de ciclovías protegidas y menús vegetales en los "
                    "comedores escolares. El concejo municipal incorporó 39 al plan climático, con "
                    "120 millones de euros en seis años. Ocho miembros forman parte del comité de "
                    "seguimiento del plan."
                ),
                evaluation=(
                    "Un equipo universitario evaluó la calidad de la deliberación, el aprendizaje "
                    "de los miembros y su percepción del proceso, y sigue la ejecución de las "
                    "propuestas. El conocimiento de los miembros sobre el cambio climático mejoró "
                    "notablemente y la mayoría afirmó que sus opiniones habían cambiado. La "
                    "evaluación recomendó vincular mejor la asamblea con las decisiones ordinarias "
                    "del concejo, por lo que volverá a convocarse cada dos años para revisar los "
                    "avances."
                ),
                transferability=(
                    "La asamblea costó 480.000 euros, cerca del 0,1 % del presupuesto anual. Otros "
                    "gobiernos locales pueden reproducirla con un mandato claro, una entidad "
                    "independiente para el sorteo y la facilitación, un panel de expertos "
                    "equilibrado y un compromiso público de respuesta. Nuestro protocolo de "
                    "sorteo, el programa de sesiones y el informe de evaluación están disponibles "
                    "libremente."
                ),
                public_summary=(
                    "En {city}, 100 personas sorteadas deliberaron durante seis fines de semana "
                    "sobre cómo reducir las emisiones un 55 % para 2030 de forma justa. Sus 48 "
                    "propuestas, desde la rehabilitación de vivienda social hasta el transporte "
                    "gratuito para jóvenes, dieron forma al plan climático: se aprobaron 39, con "
                    "un presupuesto de 120 millones de euros. Miembros de la asamblea participan "
                    "en el seguimiento."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Uma assembleia cidadã pelo clima, escolhida por sorteio, para acelerar o "
                    "plano climático local"
                ),
                organisation_presentation=(
                    "{organisation} declarou a emergência climática e fixou uma meta de "
                    "neutralidade carbónica para {city}. Alcançá-la exige mudanças na mobilidade, "
                    "na habitação, na alimentação e no consumo que afetam todos os agregados "
                    "familiares. Para decidir essas mudanças de forma justa, o governo local optou "
                    "por envolver os habitantes através da deliberação, com o apoio de uma "
                    "universidade e de uma organização cívica especializada em sorteio."
                ),
                practice_description=(
                    "Em 2023, {city} convocou uma assembleia cidadã pelo clima com 100 residentes "
                    "sorteados, representativos da população por género, idade, bairro, "
                    "escolaridade e rendimento. Durante seis fins de semana, os membros ouviram "
                    "cientistas do clima, economistas, sindicatos e associações de moradores, "
                    "visitaram projetos locais e deliberaram com facilitação independente. O "
                    "mandato perguntava: como reduzir as nossas emissões em 55% até 2030 de forma "
                    "justa? A cidade comprometeu-se antecipadamente a responder a cada proposta no "
                    "prazo de seis meses."
                ),
                objectives=(
                    "A assembleia pretendia construir um plano climático com ampla legitimidade, "
                    "ter em conta o impacto de cada medida nos agregados de baixos rendimentos e "
                    "mostrar que cidadãos comuns conseguem fazer escolhas difíceis quando estão "
                    "bem informados. Pretendia também abrir um debate público mais alargado sobre "
                    "a transição climática em toda a cidade."
                ),
                participants=(
                    "Foram enviados convites para 12 000 moradas e os 100 membros foram sorteados "
                    "entre 1150 voluntários. Os membros receberam uma compensação por cada fim de "
                    "semana, acolhimento de crianças e transporte, e foram incluídos jovens de 16 "
                    "e 17 anos. Foi dada especial atenção aos inquilinos de habitação social e às "
                    "pessoas sem automóvel. Mais de 3000 residentes enviaram propostas online, e "
                    "todas as sessões plenárias foram transmitidas em direto."
                ),
                results=(
                    "A assembleia aprovou 48 propostas, incluindo um programa de reabilitação da "
                    "habitação social, transportes públicos gratuitos para jovens e agregados de "
                    "baixos rendimentos, uma rede de ciclovias protegidas e refeições vegetarianas "
                    "nas cantinas escolares. A câmara municipal integrou 39 delas no plano "
                    "climático, com 120 milhões de euros em seis anos. Oito membros fazem parte da "
                    "comissão de acompanhamento do plano."
                ),
                evaluation=(
                    "Uma equipa universitária avaliou a qualidade da deliberação, as aprendizagens "
                    "dos membros e a sua perceção do processo, e acompanha a execução das "
                    "propostas. O conhecimento dos membros sobre as alterações climáticas melhorou "
                    "claramente e a maioria afirmou que as suas opiniões evoluíram. A avaliação "
                    "recomendou uma ligação mais forte às decisões correntes da câmara, pelo que a "
                    "assembleia voltará a reunir-se de dois em dois anos para avaliar os "
                    "progressos."
                ),
                transferability=(
                    "A assembleia custou 480 000 euros, cerca de 0,1% do orçamento anual. Outros "
                    "governos locais podem reproduzi-la com um mandato claro, uma entidade "
                    "independente para o sorteio e a facilitação, um painel de especialistas "
                    "equilibrado e um compromisso público de resposta. O nosso protocolo de "
                    "sorteio, o programa das sessões e o relatório de avaliação estão disponíveis "
                    "gratuitamente."
                ),
                public_summary=(
                    "Em {city}, 100 residentes sorteados deliberaram durante seis fins de semana "
                    "sobre como reduzir as emissões em 55% até 2030 de forma justa. As suas 48 "
                    "propostas, da reabilitação da habitação social aos transportes gratuitos para "
                    "jovens, moldaram o plano climático da cidade: 39 foram adotadas com um "
                    "orçamento de 120 milhões de euros. Membros da assembleia acompanham a sua "
                    "execução."
                ),
            ),
        },
    ),
    DemoPractice(
        category="ecological-transition",
        texts={
            "en": PracticeText(
                title=(
                    "Neighbourhood energy communities: residents own and manage local solar power"
                ),
                organisation_presentation=(
                    "{organisation} is responsible for energy, housing and environmental policy in "
                    "{city}. Energy prices have risen sharply and many households in social "
                    "housing struggle to pay their bills, while the roofs of public buildings and "
                    "housing blocks remained largely unused. The city decided to help residents "
                    "create their own energy communities rather than lease those roofs to private "
                    "developers."
                ),
                practice_description=(
                    "Since 2021, {city} has supported the creation of five energy communities in "
                    "working-class neighbourhoods. The city provides the roofs of schools, sports "
                    "halls and social housing, technical support and a loan guarantee. Residents, "
                    "local businesses and associations become members of a cooperative with one "
                    "vote each, whatever their contribution. In assemblies, they decide where "
                    "panels are installed, how the energy is shared and how income is used, for "
                    "example to reduce the bills of households in energy poverty."
                ),
                objectives=(
                    "The project aims to cut emissions and energy bills, to fight energy poverty "
                    "and to give residents ownership and control of part of the energy transition. "
                    "It also aims to build neighbourhood democracy through the cooperative: "
                    "members learn to manage a common resource and decide together on a project "
                    "with tangible benefits for their neighbours."
                ),
                participants=(
                    "The five cooperatives have 1,640 members, 40% of them tenants of social "
                    "housing. People can join with a minimum contribution of 20 euros, payable in "
                    "instalments, and the shares of low-income households are partly financed by "
                    "the city. Energy advisers from the neighbourhoods, trained by the city, visit "
                    "households door to door. Meetings are held in schools and community centres, "
                    "with childcare and interpretation."
                ),
                results=(
                    "Panels with a capacity of 2.4 megawatts have been installed on 31 roofs. They "
                    "produce the equivalent of the consumption of 900 households and avoid around "
                    "1,000 tonnes of carbon dioxide each year. Member households save 180 euros a "
                    "year on average, and a solidarity fund financed by the cooperatives helps 350 "
                    "families in energy poverty. Two cooperatives now plan heat pumps and shared "
                    "electric vehicles."
                ),
                evaluation=(
                    "The cooperatives publish their accounts and production data every month on an "
                    "open dashboard. The city evaluates their social impact each year with a "
                    "survey of members and non-members. The evaluation showed that tenants took "
                    "part in assemblies less than homeowners did, so the cooperatives created a "
                    "tenants' committee and trained tenant representatives to sit on their boards."
                ),
                transferability=(
                    "Energy communities can be reproduced wherever the law allows collective "
                    "self-consumption. The role of the city is decisive: making roofs available, "
                    "providing technical and legal support, guaranteeing loans and actively "
                    "reaching low-income households. Our model statutes, roof lease contract and "
                    "outreach guide are available to other local governments."
                ),
                public_summary=(
                    "In {city}, residents of working-class neighbourhoods own and manage five "
                    "solar energy cooperatives on the roofs of schools, sports halls and social "
                    "housing. The 1,640 members decide together how the energy and the income are "
                    "shared. Member households save 180 euros a year on average, and a solidarity "
                    "fund supports families in energy poverty."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Communautés énergétiques de quartier : les habitants possèdent et gèrent leur "
                    "énergie solaire"
                ),
                organisation_presentation=(
                    "{organisation} est chargée de l'énergie, du logement et de la politique "
                    "environnementale à {city}. Les prix de l'énergie ont fortement augmenté et de "
                    "nombreux ménages des logements sociaux peinent à payer leurs factures, alors "
                    "que les toits des bâtiments publics et des immeubles restaient en grande "
                    "partie inutilisés. La ville a décidé d'aider les habitants à créer leurs "
                    "propres communautés énergétiques plutôt que de louer ces toits à des "
                    "opérateurs privés."
                ),
                practice_description=(
                    "Depuis 2021, {city} accompagne la création de cinq communautés énergétiques "
                    "dans des quartiers populaires. La ville met à disposition les toits d'écoles, "
                    "de gymnases et de logements sociaux, un appui technique et une garantie "
                    "d'emprunt. Habitants, commerces et associations deviennent membres d'une "
                    "coopérative, avec une voix chacun quel que soit leur apport. En assemblée, "
                    "ils décident de l'emplacement des panneaux, du partage de l'énergie et de "
                    "l'usage des recettes, par exemple pour réduire les factures des ménages en "
                    "précarité énergétique."
                ),
                objectives=(
                    "Le projet vise à réduire les émissions et les factures, à lutter contre la "
                    "précarité énergétique et à donner aux habitants la propriété et la maîtrise "
                    "d'une partie de la transition énergétique. Il veut aussi faire vivre la "
                    "démocratie de quartier à travers la coopérative : les membres apprennent à "
                    "gérer une ressource commune et décident ensemble d'un projet aux bénéfices "
                    "concrets pour leurs voisins."
                ),
                participants=(
                    "Les cinq coopératives comptent 1 640 membres, dont 40 % de locataires de "
                    "logements sociaux. L'adhésion est possible à partir de 20 euros, payables en "
                    "plusieurs fois, et les parts des ménages modestes sont en partie financées "
                    "par la ville. Des conseillers énergie issus des quartiers, formés par la "
                    "ville, font du porte-à-porte. Les réunions se tiennent dans des écoles et des "
                    "centres sociaux, avec garde d'enfants et interprétation."
                ),
                results=(
                    "Des panneaux d'une puissance de 2,4 mégawatts ont été installés sur 31 toits. "
                    "Ils produisent l'équivalent de la consommation de 900 foyers et évitent "
                    "environ 1 000 tonnes de dioxyde de carbone par an. Les foyers membres "
                    "économisent en moyenne 180 euros par an, et un fonds de solidarité financé "
                    "par les coopératives aide 350 familles en précarité énergétique. Deux "
                    "coopératives préparent des pompes à chaleur et des véhicules électriques "
                    "partagés."
                ),
                evaluation=(
                    "Les coopératives publient chaque mois leurs comptes et leurs données de "
                    "production sur un tableau de bord ouvert. La ville évalue chaque année leur "
                    "impact social grâce à une enquête auprès des membres et des non-membres. "
                    "L'évaluation a montré que les locataires participaient moins aux assemblées "
                    "que les propriétaires ; les coopératives ont donc créé un comité des "
                    "locataires et formé des représentants locataires pour siéger à leurs conseils "
                    "d'administration."
                ),
                transferability=(
                    "Les communautés énergétiques peuvent être reproduites partout où la loi "
                    "permet l'autoconsommation collective. Le rôle de la ville est décisif : "
                    "mettre des toits à disposition, apporter un appui technique et juridique, "
                    "garantir les emprunts et aller activement vers les ménages modestes. Nos "
                    "statuts types, notre contrat de location de toiture et notre guide "
                    "d'aller-vers sont à la disposition des autres collectivités."
                ),
                public_summary=(
                    "À {city}, des habitants de quartiers populaires possèdent et gèrent cinq "
                    "coopératives d'énergie solaire installées sur les toits d'écoles, de gymnases "
                    "et de logements sociaux. Les 1 640 membres décident ensemble du partage de "
                    "l'énergie et des recettes. Les foyers membres économisent en moyenne 180 "
                    "euros par an, et un fonds de solidarité soutient les familles en précarité "
                    "énergétique."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Comunidades energéticas barriales: los vecinos son dueños de su energía solar "
                    "y la gestionan"
                ),
                organisation_presentation=(
                    "{organisation} es responsable de la energía, la vivienda y la política "
                    "ambiental en {city}. Los precios de la energía subieron mucho y numerosos "
                    "hogares de vivienda social tienen dificultades para pagar sus facturas, "
                    "mientras los techos de los edificios públicos y de los bloques de viviendas "
                    "seguían en gran parte sin uso. La ciudad decidió ayudar a los vecinos a crear "
                    "sus propias comunidades energéticas en lugar de alquilar esos techos a "
                    "empresas privadas."
                ),
                practice_description=(
                    "Desde 2021, {city} apoya la creación de cinco comunidades energéticas en "
                    "barrios populares. La ciudad aporta los techos de escuelas, polideportivos y "
                    "viviendas sociales, apoyo técnico y una garantía para el préstamo. Vecinos, "
                    "comercios y asociaciones se hacen socios de una cooperativa con un voto cada "
                    "uno, sea cual sea su aporte. En asamblea deciden dónde se instalan los "
                    "paneles, cómo se reparte la energía y cómo se usan los ingresos, por ejemplo "
                    "para reducir las facturas de los hogares en pobreza energética."
                ),
                objectives=(
                    "El proyecto busca reducir las emisiones y las facturas de energía, combatir "
                    "la pobreza energética y dar a la ciudadanía la propiedad y el control de una "
                    "parte de la transición energética. También quiere construir democracia "
                    "barrial a través de la cooperativa: los socios aprenden a gestionar un "
                    "recurso común y deciden juntos sobre un proyecto con beneficios tangibles "
                    "para su vecindario."
                ),
                participants=(
                    "Las cinco cooperativas suman 1.640 socios, el 40 % de ellos inquilinos de "
                    "vivienda social. Es posible asociarse con un aporte mínimo de 20 euros, "
                    "pagadero en cuotas, y la ciudad financia en parte las participaciones de los "
                    "hogares de bajos ingresos. Asesores energéticos de los propios barrios, "
                    "formados por la ciudad, visitan los hogares puerta a puerta. Las reuniones se "
                    "celebran en escuelas y centros comunitarios, con cuidado infantil e "
                    "interpretación."
                ),
                results=(
                    "Se instalaron paneles con una potencia de 2,4 megavatios en 31 techos. "
                    "Producen el equivalente al consumo de 900 hogares y evitan cerca de 1.000 "
                    "toneladas de dióxido de carbono al año. Los hogares socios ahorran en "
                    "promedio 180 euros al año, y un fondo solidario financiado por las "
                    "cooperativas ayuda a 350 familias en pobreza energética. Dos cooperativas "
                    "planean ahora bombas de calor y vehículos eléctricos compartidos."
                ),
                evaluation=(
                    "Las cooperativas publican cada mes sus cuentas y sus datos de producción en "
                    "un tablero abierto. La ciudad evalúa cada año su impacto social con una "
                    "encuesta a socios y no socios. La evaluación mostró que los inquilinos "
                    "participaban menos en las asambleas que los propietarios, por lo que las "
                    "cooperativas crearon un comité de inquilinos y formaron a representantes "
                    "inquilinos para sus consejos rectores."
                ),
                transferability=(
                    "Las comunidades energéticas pueden reproducirse allí donde la ley permita el "
                    "autoconsumo colectivo. El papel de la ciudad es decisivo: ceder techos, dar "
                    "apoyo técnico y jurídico, garantizar los préstamos y llegar activamente a los "
                    "hogares de bajos ingresos. Nuestros estatutos tipo, el contrato de cesión de "
                    "techos y la guía de acercamiento a los hogares están a disposición de otros "
                    "gobiernos locales."
                ),
                public_summary=(
                    "En {city}, vecinos de barrios populares son dueños de cinco cooperativas de "
                    "energía solar instaladas en los techos de escuelas, polideportivos y "
                    "viviendas sociales, y las gestionan. Sus 1.640 socios deciden juntos cómo se "
                    "reparten la energía y los ingresos. Los hogares socios ahorran en promedio "
                    "180 euros al año, y un fondo solidario apoya a las familias en pobreza "
                    "energética."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Comunidades de energia de bairro: os moradores são donos da energia solar "
                    "local e gerem-na"
                ),
                organisation_presentation=(
                    "{organisation} é responsável pela energia, pela habitação e pela política "
                    "ambiental em {city}. Os preços da energia subiram muito e muitos agregados em "
                    "habitação social têm dificuldade em pagar as faturas, enquanto as coberturas "
                    "dos edifícios públicos e dos blocos de habitação continuavam em grande parte "
                    "sem uso. A cidade decidiu ajudar os moradores a criar as suas próprias "
                    "comunidades de energia, em vez de arrendar essas coberturas a promotores "
                    "privados."
                ),
                practice_description=(
                    "Desde 2021, {city} apoia a criação de cinco comunidades de energia em bairros "
                    "populares. A cidade disponibiliza as coberturas de escolas, pavilhões "
                    "desportivos e habitação social, apoio técnico e uma garantia para o "
                    "empréstimo. Moradores, comércio local e associações tornam-se membros de uma "
                    "cooperativa, com um voto cada, qualquer que seja a sua contribuição. Em "
                    "assembleia, decidem onde instalar os painéis, como partilhar a energia e como "
                    "usar as receitas, por exemplo para reduzir as faturas das famílias em pobreza "
                    "energética."
                ),
                objectives=(
                    "O projeto pretende reduzir as emissões e as faturas de energia, combater a "
                    "pobreza energética e dar aos moradores a propriedade e o controlo de uma "
                    "parte da transição energética. Pretende também construir democracia de bairro "
                    "através da cooperativa: os membros aprendem a gerir um recurso comum e "
                    "decidem em conjunto sobre um projeto com benefícios concretos para a "
                    "vizinhança."
                ),
                participants=(
                    "As cinco cooperativas têm 1640 membros, 40% deles inquilinos de habitação "
                    "social. É possível aderir com uma contribuição mínima de 20 euros, paga em "
                    "prestações, e as participações das famílias de baixos rendimentos são em "
                    "parte financiadas pela cidade. Conselheiros de energia dos próprios bairros, "
                    "formados pela cidade, visitam as casas porta a porta. As reuniões decorrem em "
                    "escolas e centros comunitários, com acolhimento de crianças e interpretação."
                ),
                results=(
                    "Foram instalados painéis com uma potência de 2,4 megawatts em 31 coberturas. "
                    "Produzem o equivalente ao consumo de 900 agregados e evitam cerca de 1000 "
                    "toneladas de dióxido de carbono por ano. Os agregados membros poupam em média "
                    "180 euros por ano, e um fundo solidário financiado pelas cooperativas ajuda "
                    "350 famílias em pobreza energética. Duas cooperativas preparam agora bombas "
                    "de calor e veículos elétricos partilhados."
                ),
                evaluation=(
                    "As cooperativas publicam todos os meses as suas contas e os dados de produção "
                    "num painel aberto. A cidade avalia anualmente o seu impacto social com um "
                    "inquérito a membros e não membros. A avaliação mostrou que os inquilinos "
                    "participavam menos nas assembleias do que os proprietários, pelo que as "
                    "cooperativas criaram uma comissão de inquilinos e formaram representantes dos "
                    "inquilinos para os seus órgãos sociais."
                ),
                transferability=(
                    "As comunidades de energia podem ser reproduzidas onde a lei permita o "
                    "autoconsumo coletivo. O papel da cidade é decisivo: disponibilizar "
                    "coberturas, dar apoio técnico e jurídico, garantir os empréstimos e ir "
                    "ativamente ao encontro das famílias de baixos rendimentos. Os nossos "
                    "estatutos-tipo, o contrato de cedência de coberturas e o guia de contacto com "
                    "as famílias estão à disposição de outros governos locais."
                ),
                public_summary=(
                    "Em {city}, moradores de bairros populares são donos de cinco cooperativas de "
                    "energia solar instaladas nas coberturas de escolas, pavilhões desportivos e "
                    "habitação social, e gerem-nas. Os 1640 membros decidem em conjunto como "
                    "partilhar a energia e as receitas. Os agregados membros poupam em média 180 "
                    "euros por ano, e um fundo solidário apoia as famílias em pobreza energética."
                ),
            ),
        },
    ),
    DemoPractice(
        category="ecological-transition",
        texts={
            "en": PracticeText(
                title="A green participatory budget to adapt neighbourhoods to heat and floods",
                organisation_presentation=(
                    "{organisation} manages parks, water and public space in {city}, where "
                    "heatwaves and heavy rain are becoming more frequent. The climate adaptation "
                    "plan identified the most exposed neighbourhoods, which are often the densest "
                    "and poorest. To act quickly and together with residents, the local government "
                    "created a participatory budget dedicated to climate adaptation, in addition "
                    "to its general participatory budget."
                ),
                practice_description=(
                    "Since 2022, {city} has devoted 2 million euros a year to a green "
                    "participatory budget. Residents, schools and associations propose projects "
                    "that cool the city, absorb rainwater or restore biodiversity: planting trees, "
                    "removing asphalt, creating rain gardens, community gardens and green roofs. "
                    "Technicians help turn ideas into projects, and everyone aged 12 and over can "
                    "vote. Heat-exposed neighbourhoods, identified with satellite data, receive "
                    "half of the budget. Residents can adopt and look after the spaces created."
                ),
                objectives=(
                    "The budget aims to speed up climate adaptation where it is most needed, to "
                    "involve residents in transforming their own neighbourhood and to build a "
                    "culture of caring for green spaces. It also seeks to make climate data "
                    "understandable, by showing each neighbourhood its own heat and flood risks on "
                    "maps discussed in public workshops."
                ),
                participants=(
                    "In three cycles, 690 projects were proposed and 38,000 residents voted. "
                    "Participation in heat-exposed neighbourhoods, low at first, rose after "
                    "community organisers held workshops in schools, markets and housing estates. "
                    "Pupils from 42 schools proposed projects to green their schoolyards, and some "
                    "1,200 residents have signed agreements to look after new trees and gardens."
                ),
                results=(
                    "Seventy-four projects have been carried out: 4,800 trees planted, 26,000 "
                    "square metres of asphalt removed, 35 rain gardens created and 18 schoolyards "
                    "turned into green, shaded spaces. Measurements show temperatures up to 4 "
                    "degrees lower in the renovated schoolyards on hot days. The projects also put "
                    "an end to flooding in two streets that used to flood every year."
                ),
                evaluation=(
                    "Each project is monitored with temperature sensors, tree survival rates and "
                    "residents' satisfaction, and an annual public meeting reviews the results and "
                    "the rules. The evaluation revealed that some projects were hard to maintain, "
                    "so maintenance costs are now included when a project is costed, and "
                    "residents' care agreements are supported by the parks department."
                ),
                transferability=(
                    "Any local government can create a thematic participatory budget with a clear "
                    "climate focus. It requires climate data by neighbourhood, technical staff "
                    "able to support residents' proposals, a rule directing funds to the most "
                    "exposed areas and a maintenance plan. Our project criteria, heat-mapping "
                    "method and care agreements are available as open templates."
                ),
                public_summary=(
                    "{city} created a green participatory budget of 2 million euros a year to "
                    "adapt its neighbourhoods to heat and floods. Residents propose and vote on "
                    "projects such as planting trees, removing asphalt and greening schoolyards, "
                    "with half of the budget reserved for the most heat-exposed areas. In three "
                    "years, 74 projects have been carried out."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Un budget participatif vert pour adapter les quartiers aux canicules et aux "
                    "inondations"
                ),
                organisation_presentation=(
                    "{organisation} gère les parcs, l'eau et l'espace public à {city}, où les "
                    "vagues de chaleur et les fortes pluies sont de plus en plus fréquentes. Le "
                    "plan d'adaptation au changement climatique a identifié les quartiers les plus "
                    "exposés, souvent les plus denses et les plus pauvres. Pour agir vite et avec "
                    "les habitants, la collectivité a créé un budget participatif consacré à "
                    "l'adaptation climatique, en plus de son budget participatif général."
                ),
                practice_description=(
                    "Depuis 2022, {city} consacre 2 millions d'euros par an à un budget "
                    "participatif vert. Habitants, écoles et associations proposent des projets "
                    "qui rafraîchissent la ville, absorbent l'eau de pluie ou restaurent la "
                    "biodiversité : plantation d'arbres, désimperméabilisation, jardins de pluie, "
                    "jardins partagés et toitures végétalisées. Les techniciens aident à "
                    "transformer les idées en projets, et toute personne de 12 ans et plus peut "
                    "voter. Les quartiers exposés à la chaleur, identifiés grâce à des données "
                    "satellitaires, reçoivent la moitié du budget. Les habitants peuvent adopter "
                    "et entretenir les espaces créés."
                ),
                objectives=(
                    "Le budget vise à accélérer l'adaptation au changement climatique là où elle "
                    "est la plus nécessaire, à associer les habitants à la transformation de leur "
                    "propre quartier et à développer une culture du soin des espaces verts. Il "
                    "cherche aussi à rendre les données climatiques compréhensibles, en montrant à "
                    "chaque quartier ses propres risques de chaleur et d'inondation sur des cartes "
                    "discutées en ateliers publics."
                ),
                participants=(
                    "En trois éditions, 690 projets ont été proposés et 38 000 habitants ont voté. "
                    "La participation dans les quartiers exposés à la chaleur, faible au départ, a "
                    "augmenté après des ateliers animés par des médiateurs dans les écoles, sur "
                    "les marchés et dans les cités d'habitat social. Les élèves de 42 écoles ont "
                    "proposé de végétaliser leurs cours, et quelque 1 200 habitants ont signé des "
                    "conventions pour prendre soin des nouveaux arbres et jardins."
                ),
                results=(
                    "Soixante-quatorze projets ont été réalisés : 4 800 arbres plantés, 26 000 "
                    "mètres carrés désimperméabilisés, 35 jardins de pluie créés et 18 cours "
                    "d'école transformées en espaces verts et ombragés. Les mesures montrent des "
                    "températures jusqu'à 4 degrés plus basses dans les cours rénovées lors des "
                    "journées chaudes. Les projets ont aussi mis fin aux inondations dans deux "
                    "rues qui étaient inondées chaque année."
                ),
                evaluation=(
                    "Chaque projet est suivi grâce à des capteurs de température, au taux de "
                    "survie des arbres et à la satisfaction des habitants, et une réunion publique "
                    "annuelle examine les résultats et le règlement. L'évaluation a montré que "
                    "certains projets étaient difficiles à entretenir : le coût d'entretien est "
                    "désormais inclus dans le chiffrage de chaque projet, et les conventions de "
                    "soin des habitants sont accompagnées par le service des parcs."
                ),
                transferability=(
                    "Toute collectivité peut créer un budget participatif thématique clairement "
                    "orienté vers le climat. Il faut des données climatiques par quartier, des "
                    "techniciens capables d'accompagner les propositions des habitants, une règle "
                    "qui oriente les fonds vers les zones les plus exposées et un plan "
                    "d'entretien. Nos critères de projets, notre méthode de cartographie de la "
                    "chaleur et nos conventions de soin sont disponibles sous forme de modèles "
                    "ouverts."
                ),
                public_summary=(
                    "{city} a créé un budget participatif vert de 2 millions d'euros par an pour "
                    "adapter ses quartiers aux canicules et aux inondations. Les habitants "
                    "proposent et votent des projets comme la plantation d'arbres, la "
                    "désimperméabilisation et la végétalisation des cours d'école, la moitié du "
                    "budget étant réservée aux quartiers les plus exposés à la chaleur. En trois "
                    "ans, 74 projets ont été réalisés."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Un presupuesto participativo verde para adaptar los barrios al calor y a las "
                    "inundaciones"
                ),
                organisation_presentation=(
                    "{organisation} gestiona los parques, el agua y el espacio público en {city}, "
                    "donde las olas de calor y las lluvias intensas son cada vez más frecuentes. "
                    "El plan de adaptación climática identificó los barrios más expuestos, a "
                    "menudo los más densos y pobres. Para actuar con rapidez y junto con la "
                    "ciudadanía, el gobierno local creó un presupuesto participativo dedicado a la "
                    "adaptación climática, además de su presupuesto participativo general."
                ),
                practice_description=(
                    "Desde 2022, {city} destina 2 millones de euros al año a un presupuesto "
                    "participativo verde. Vecinos, escuelas y asociaciones proponen proyectos que "
                    "refrescan la ciudad, absorben el agua de lluvia o recuperan la biodiversidad: "
                    "plantar árboles, quitar asfalto, crear jardines de lluvia, huertos "
                    "comunitarios y techos verdes. El personal técnico ayuda a convertir las ideas "
                    "en proyectos, y puede votar cualquier persona de 12 años o más. Los barrios "
                    "expuestos al calor, identificados con datos satelitales, reciben la mitad del "
                    "presupuesto. Los vecinos pueden adoptar y cuidar los espacios creados."
                ),
                objectives=(
                    "El presupuesto busca acelerar la adaptación climática allí donde más se "
                    "necesita, implicar a los vecinos en la transformación de su propio barrio y "
                    "construir una cultura de cuidado de los espacios verdes. También pretende "
                    "hacer comprensibles los datos climáticos, mostrando a cada barrio sus propios "
                    "riesgos de calor e inundación en mapas que se debaten en talleres públicos."
                ),
                participants=(
                    "En tres ciclos se presentaron 690 proyectos y votaron 38.000 vecinas y "
                    "vecinos. La participación en los barrios expuestos al calor, baja al "
                    "principio, aumentó después de que promotores comunitarios organizaran "
                    "talleres en escuelas, mercados y conjuntos de vivienda. Estudiantes de 42 "
                    "escuelas propusieron proyectos para reverdecer sus patios, y unas 1.200 "
                    "personas firmaron acuerdos para cuidar los nuevos árboles y jardines."
                ),
                results=(
                    "Se ejecutaron 74 proyectos: 4.800 árboles plantados, 26.000 metros cuadrados "
                    "de asfalto retirados, 35 jardines de lluvia creados y 18 patios escolares "
                    "convertidos en espacios verdes y con sombra. Las mediciones muestran "
                    "temperaturas hasta 4 grados más bajas en los patios renovados en los días de "
                    "calor. Los proyectos también acabaron con las inundaciones en dos calles que "
                    "se anegaban cada año."
                ),
                evaluation=(
                    "Cada proyecto se monitorea con sensores de temperatura, la tasa de "
                    "supervivencia de los árboles y la satisfacción de los vecinos, y una reunión "
                    "pública anual revisa los resultados y las reglas. La evaluación mostró que "
                    "algunos proyectos eran difíciles de mantener, por lo que ahora el costo de "
                    "mantenimiento se incluye al presupuestar cada proyecto, y el área de parques "
                    "acompaña los acuerdos de cuidado vecinal."
                ),
                transferability=(
                    "Cualquier gobierno local puede crear un presupuesto participativo temático "
                    "con un claro enfoque climático. Requiere datos climáticos por barrio, "
                    "personal técnico capaz de acompañar las propuestas vecinales, una regla que "
                    "oriente los fondos hacia las zonas más expuestas y un plan de mantenimiento. "
                    "Nuestros criterios de proyectos, el método de mapeo del calor y los acuerdos "
                    "de cuidado están disponibles como plantillas abiertas."
                ),
                public_summary=(
                    "{city} creó un presupuesto participativo verde de 2 millones de euros al año "
                    "para adaptar sus barrios al calor y a las inundaciones. Los vecinos proponen "
                    "y votan proyectos como plantar árboles, quitar asfalto y reverdecer patios "
                    "escolares, y la mitad del presupuesto se reserva a las zonas más expuestas al "
                    "calor. En tres años se han ejecutado 74 proyectos."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Um orçamento participativo verde para adaptar os bairros ao calor e às cheias"
                ),
                organisation_presentation=(
                    "{organisation} gere os parques, a água e o espaço público em {city}, onde as "
                    "ondas de calor e as chuvas intensas são cada vez mais frequentes. O plano de "
                    "adaptação climática identificou os bairros mais expostos, muitas vezes os "
                    "mais densos e mais pobres. Para agir depressa e em conjunto com os moradores, "
                    "o governo local criou um orçamento participativo dedicado à adaptação "
                    "climática, para além do seu orçamento participativo geral."
                ),
                practice_description=(
                    "Desde 2022, {city} destina 2 milhões de euros por ano a um orçamento "
                    "participativo verde. Moradores, escolas e associações propõem projetos que "
                    "arrefecem a cidade, absorvem a água da chuva ou recuperam a biodiversidade: "
                    "plantar árvores, retirar asfalto, criar jardins de chuva, hortas comunitárias "
                    "e coberturas verdes. Os técnicos ajudam a transformar as ideias em projetos, "
                    "e qualquer pessoa com 12 ou mais anos pode votar. Os bairros expostos ao "
                    "calor, identificados com dados de satélite, recebem metade do orçamento. Os "
                    "moradores podem adotar e cuidar dos espaços criados."
                ),
                objectives=(
                    "O orçamento pretende acelerar a adaptação climática onde ela é mais "
                    "necessária, envolver os moradores na transformação do seu próprio bairro e "
                    "criar uma cultura de cuidado dos espaços verdes. Procura também tornar "
                    "compreensíveis os dados climáticos, mostrando a cada bairro os seus próprios "
                    "riscos de calor e de cheia em mapas debatidos em oficinas públicas."
                ),
                participants=(
                    "Em três ciclos, foram propostos 690 projetos e votaram 38 000 residentes. A "
                    "participação nos bairros expostos ao calor, baixa no início, aumentou depois "
                    "de animadores comunitários realizarem oficinas em escolas, mercados e bairros "
                    "de habitação social. Alunos de 42 escolas propuseram projetos para tornar "
                    "verdes os seus recreios, e cerca de 1200 moradores assinaram acordos para "
                    "cuidar das novas árvores e jardins."
                ),
                results=(
                    "Foram executados 74 projetos: 4800 árvores plantadas, 26 000 metros quadrados "
                    "de asfalto retirados, 35 jardins de chuva criados e 18 recreios escolares "
                    "transformados em espaços verdes e com sombra. As medições mostram "
                    "temperaturas até 4 graus mais baixas nos recreios renovados nos dias de "
                    "calor. Os projetos acabaram também com as inundações em duas ruas que ficavam "
                    "alagadas todos os anos."
                ),
                evaluation=(
                    "Cada projeto é monitorizado com sensores de temperatura, a taxa de "
                    "sobrevivência das árvores e a satisfação dos moradores, e uma reunião pública "
                    "anual analisa os resultados e as regras. A avaliação mostrou que alguns "
                    "projetos eram difíceis de manter, pelo que o custo de manutenção passou a ser "
                    "incluído no orçamento de cada projeto, e os acordos de cuidado dos moradores "
                    "são apoiados pelo serviço de parques."
                ),
                transferability=(
                    "Qualquer governo local pode criar um orçamento participativo temático com um "
                    "foco climático claro. São necessários dados climáticos por bairro, técnicos "
                    "capazes de apoiar as propostas dos moradores, uma regra que oriente os fundos "
                    "para as zonas mais expostas e um plano de manutenção. Os nossos critérios de "
                    "projeto, o método de mapeamento do calor e os acordos de cuidado estão "
                    "disponíveis como modelos abertos."
                ),
                public_summary=(
                    "{city} criou um orçamento participativo verde de 2 milhões de euros por ano "
                    "para adaptar os seus bairros ao calor e às cheias. Os moradores propõem e "
                    "votam projetos como plantar árvores, retirar asfalto e tornar verdes os "
                    "recreios escolares, com metade do orçamento reservada às zonas mais expostas "
                    "ao calor. Em três anos, foram executados 74 projetos."
                ),
            ),
        },
    ),
    # Civic tech
    DemoPractice(
        category="civic-tech",
        texts={
            "en": PracticeText(
                title=(
                    "An open-source participation platform for every participatory process of the "
                    "city"
                ),
                organisation_presentation=(
                    "{organisation} runs many participatory processes in {city}: a participatory "
                    "budget, neighbourhood councils, consultations on plans and regulations, and "
                    "citizens' initiatives. Until 2020 each of them had its own website, forms and "
                    "database, and residents could not follow what became of their contributions. "
                    "The local government decided to build a single public infrastructure for "
                    "participation, based on free software."
                ),
                practice_description=(
                    "In 2020, {city} launched its participation platform, built on free and "
                    "open-source software already used by many cities. All processes are published "
                    "there: proposals, debates, meetings, votes, results and the follow-up of "
                    "decisions. Any resident aged 14 or over can register, make proposals, "
                    "comment, support initiatives and vote, and every proposal can be traced from "
                    "submission to implementation. In-person meetings are documented on the "
                    "platform, and 25 assisted access points in libraries and community centres "
                    "help people without a connection."
                ),
                objectives=(
                    "The platform aims to make participation transparent and traceable, to give "
                    "residents a single place to take part, and to ensure that the city keeps "
                    "control of the data and code of its democratic infrastructure. It also aims "
                    "to combine online and in-person participation rather than replace meetings "
                    "with a website."
                ),
                participants=(
                    "The platform has 86,000 registered users. In 2023, 31 processes were run on "
                    "it, collecting 12,400 proposals and 290,000 votes. Women make up 51% of "
                    "registered users, and people over 65 account for 12% thanks to the assisted "
                    "access points and digital skills workshops in libraries. The platform meets "
                    "accessibility standards for people with visual impairments and is available "
                    "in four languages."
                ),
                results=(
                    "Every participatory process is now public and can be followed online, from "
                    "the first proposal to the final decision. Residents have used the citizens' "
                    "initiative feature to put three issues on the city council agenda. The city "
                    "has contributed improvements back to the open-source community, including "
                    "accessibility features. The cost of running processes has fallen because they "
                    "all share the same tools."
                ),
                evaluation=(
                    "The platform publishes open data on participation, which researchers and "
                    "journalists use. The city commissioned an independent audit of the platform's "
                    "security, accessibility and data protection, and holds regular user tests "
                    "with residents. These showed that older users found registration too "
                    "complicated, which led to a simplified registration form and a telephone help "
                    "line."
                ),
                transferability=(
                    "The software is free and already used by many local governments, which makes "
                    "adaptation easy. The main costs are hosting, configuration, staff training "
                    "and support for residents. The conditions for success are political: "
                    "processes must have real consequences, and the platform must be combined with "
                    "in-person participation. Our configuration, user guides and terms of use are "
                    "published."
                ),
                public_summary=(
                    "{city} brought all its participatory processes together on one open-source "
                    "platform. Residents can propose, debate, vote and follow each proposal from "
                    "submission to implementation, online or with help at 25 assisted access "
                    "points. Some 86,000 people are registered, and the city keeps control of the "
                    "data and code of its democratic infrastructure."
                ),
            ),
            "fr": PracticeText(
                title=(
                    "Une plateforme de participation libre pour tous les dispositifs participatifs "
                    "de la ville"
                ),
                organisation_presentation=(
                    "{organisation} anime de nombreux dispositifs participatifs à {city} : un "
                    "budget participatif, des conseils de quartier, des concertations sur les "
                    "plans et règlements et des initiatives citoyennes. Jusqu'en 2020, chacun "
                    "avait son site, ses formulaires et sa base de données, et les habitants ne "
                    "pouvaient pas savoir ce que devenaient leurs contributions. La collectivité a "
                    "décidé de construire une infrastructure publique unique pour la "
                    "participation, fondée sur le logiciel libre."
                ),
                practice_description=(
                    "En 2020, {city} a lancé sa plateforme de participation, fondée sur un "
                    "logiciel libre déjà utilisé par de nombreuses villes. Tous les dispositifs y "
                    "sont publiés : propositions, débats, réunions, votes, résultats et suivi des "
                    "décisions. Toute personne de 14 ans et plus peut s'inscrire, proposer, "
                    "commenter, soutenir des initiatives et voter, et chaque proposition est "
                    "traçable de son dépôt à sa réalisation. Les réunions en présentiel sont "
                    "documentées sur la plateforme, et 25 points d'accès accompagné dans les "
                    "bibliothèques et les centres sociaux aident les personnes sans connexion."
                ),
                objectives=(
                    "La plateforme vise à rendre la participation transparente et traçable, à "
                    "offrir aux habitants un lieu unique pour participer et à garantir que la "
                    "ville garde la maîtrise des données et du code de son infrastructure "
                    "démocratique. Elle cherche aussi à combiner participation en ligne et en "
                    "présentiel plutôt qu'à remplacer les réunions par un site web."
                ),
                participants=(
                    "La plateforme compte 86 000 utilisateurs inscrits. En 2023, 31 dispositifs "
                    "s'y sont déroulés, avec 12 400 propositions et 290 000 votes. Les femmes "
                    "représentent 51 % des inscrits, et les personnes de plus de 65 ans 12 %, "
                    "grâce aux points d'accès accompagné et aux ateliers numériques des "
                    "bibliothèques. La plateforme respecte les normes d'accessibilité pour les "
                    "personnes malvoyantes et est disponible en quatre langues."
                ),
                results=(
                    "Tous les dispositifs participatifs sont désormais publics et peuvent être "
                    "suivis en ligne, de la première proposition à la décision finale. Les "
                    "habitants ont utilisé la fonction d'initiative citoyenne pour inscrire trois "
                    "sujets à l'ordre du jour du conseil municipal. La ville a reversé des "
                    "améliorations à la communauté du logiciel libre, notamment en matière "
                    "d'accessibilité. Le coût des dispositifs a baissé, car ils partagent tous les "
                    "mêmes outils."
                ),
                evaluation=(
                    "La plateforme publie des données ouvertes sur la participation, utilisées par "
                    "des chercheurs et des journalistes. La ville a commandé un audit indépendant "
                    "de la sécurité, de l'accessibilité et de la protection des données de la "
                    "plateforme, et organise régulièrement des tests avec des habitants. Ceux-ci "
                    "ont montré que les personnes âgées trouvaient l'inscription trop compliquée, "
                    "d'où un formulaire simplifié et une assistance téléphonique."
                ),
                transferability=(
                    "Le logiciel est libre et déjà utilisé par de nombreuses collectivités, ce qui "
                    "facilite son adaptation. Les principaux coûts sont l'hébergement, le "
                    "paramétrage, la formation des agents et l'accompagnement des habitants. Les "
                    "conditions de réussite sont politiques : les dispositifs doivent avoir des "
                    "effets réels, et la plateforme doit être combinée à une participation en "
                    "présentiel. Notre paramétrage, nos guides d'utilisation et nos conditions "
                    "d'utilisation sont publiés."
                ),
                public_summary=(
                    "{city} a rassemblé tous ses dispositifs participatifs sur une plateforme "
                    "libre unique. Les habitants peuvent proposer, débattre, voter et suivre "
                    "chaque proposition de son dépôt à sa réalisation, en ligne ou avec un "
                    "accompagnement dans 25 points d'accès. Quelque 86 000 personnes sont "
                    "inscrites, et la ville garde la maîtrise des données et du code de son "
                    "infrastructure démocratique."
                ),
            ),
            "es": PracticeText(
                title=(
                    "Una plataforma de participación de código abierto para todos los procesos "
                    "participativos de la ciudad"
                ),
                organisation_presentation=(
                    "{organisation} impulsa numerosos procesos participativos en {city}: un "
                    "presupuesto participativo, consejos barriales, consultas sobre planes y "
                    "normativas e iniciativas ciudadanas. Hasta 2020, cada uno tenía su propio "
                    "sitio web, formularios y base de datos, y la ciudadanía no podía seguir qué "
                    "pasaba con sus aportes. El gobierno local decidió construir una "
                    "infraestructura pública única para la participación, basada en software "
                    "libre."
                ),
                practice_description=(
                    "En 2020, {city} lanzó su plataforma de participación, construida con un "
                    "software libre y de código abierto que ya usan muchas ciudades. Allí se "
                    "publican todos los procesos: propuestas, debates, encuentros, votaciones, "
                    "resultados y seguimiento de las decisiones. Cualquier persona de 14 años o "
                    "más puede registrarse, proponer, comentar, apoyar iniciativas y votar, y cada "
                    "propuesta es trazable desde su presentación hasta su ejecución. Los "
                    "encuentros presenciales se documentan en la plataforma, y 25 puntos de acceso "
                    "asistido en bibliotecas y centros comunitarios ayudan a quienes no tienen "
                    "conexión."
                ),
                objectives=(
                    "La plataforma busca que la participación sea transparente y trazable, ofrecer "
                    "a la ciudadanía un único lugar para participar y garantizar que la ciudad "
                    "mantenga el control de los datos y del código de su infraestructura "
                    "democrática. También pretende combinar la participación en línea y "
                    "presencial, en lugar de sustituir los encuentros por un sitio web."
                ),
                participants=(
                    "La plataforma tiene 86.000 personas registradas. En 2023 se realizaron en "
                    "ella 31 procesos, que reunieron 12.400 propuestas y 290.000 votos. Las "
                    "mujeres son el 51 % de las personas registradas, y las mayores de 65 años el "
                    "12 %, gracias a los puntos de acceso asistido y a los talleres de "
                    "competencias digitales en bibliotecas. La plataforma cumple las normas de "
                    "accesibilidad para personas con discapacidad visual y está disponible en "
                    "cuatro idiomas."
                ),
                results=(
                    "Todos los procesos participativos son hoy públicos y pueden seguirse en "
                    "línea, desde la primera propuesta hasta la decisión final. La ciudadanía usó "
                    "la función de iniciativa ciudadana para incluir tres temas en el orden del "
                    "día del concejo municipal. La ciudad ha devuelto mejoras a la comunidad del "
                    "software libre, entre ellas funciones de accesibilidad. El costo de los "
                    "procesos bajó porque todos comparten las mismas herramientas."
                ),
                evaluation=(
                    "La plataforma publica datos abiertos sobre la participación, que usan "
                    "investigadores y periodistas. La ciudad encargó una auditoría independiente "
                    "de la seguridad, la accesibilidad y la protección de datos de la plataforma, "
                    "y realiza pruebas periódicas con vecinas y vecinos. Estas mostraron que a las "
                    "personas mayores el registro les resultaba demasiado complicado, lo que llevó "
                    "a un formulario simplificado y a una línea telefónica de ayuda."
                ),
                transferability=(
                    "El software es libre y ya lo usan muchos gobiernos locales, lo que facilita "
                    "su adaptación. Los principales costos son el alojamiento, la configuración, "
                    "la formación del personal y el acompañamiento a la ciudadanía. Las "
                    "condiciones de éxito son políticas: los procesos deben tener consecuencias "
                    "reales y la plataforma debe combinarse con la participación presencial. "
                    "Nuestra configuración, las guías de uso y las condiciones de uso están "
                    "publicadas."
                ),
                public_summary=(
                    "{city} reunió todos sus procesos participativos en una única plataforma de "
                    "código abierto. La ciudadanía puede proponer, debatir, votar y seguir cada "
                    "propuesta desde su presentación hasta su ejecución, en línea o con ayuda en "
                    "25 puntos de acceso asistido. Hay unas 86.000 personas registradas, y la "
                    "ciudad mantiene el control de los datos y del código de su infraestructura "
                    "democrática."
                ),
            ),
            "pt": PracticeText(
                title=(
                    "Uma plataforma de participação de código aberto para todos os processos "
                    "participativos da cidade"
                ),
                organisation_presentation=(
                    "{organisation} promove muitos processos participativos em {city}: um "
                    "orçamento participativo, conselhos de bairro, consultas sobre planos e "
                    "regulamentos e iniciativas cidadãs. Até 2020, cada um tinha o seu próprio "
                    "sítio web, formulários e base de dados, e os habitantes não conseguiam "
                    "acompanhar o destino dos seus contributos. O governo local decidiu construir "
                    "uma infraestrutura pública única para a participação, baseada em software "
                    "livre."
                ),
                practice_description=(
                    "Em 2020, {city} lançou a sua plataforma de participação, construída com um "
                    "software livre e de código aberto já usado por muitas cidades. Todos os "
                    "processos são publicados nela: propostas, debates, reuniões, votações, "
                    "resultados e acompanhamento das decisões. Qualquer residente com 14 ou mais "
                    "anos pode registar-se, apresentar propostas, comentar, apoiar iniciativas e "
                    "votar, e cada proposta pode ser seguida desde a submissão até à execução. As "
                    "reuniões presenciais são documentadas na plataforma, e 25 pontos de acesso "
                    "assistido em bibliotecas e centros comunitários ajudam quem não tem ligação à "
                    "internet."
                ),
                objectives=(
                    "A plataforma pretende tornar a participação transparente e rastreável, dar "
                    "aos habitantes um único lugar para participar e garantir que a cidade mantém "
                    "o controlo dos dados e do código da sua infraestrutura democrática. Pretende "
                    "também combinar a participação online e presencial, em vez de substituir as "
                    "reuniões por um sítio web."
                ),
                participants=(
                    "A plataforma tem 86 000 utilizadores registados. Em 2023, decorreram nela 31 "
                    "processos, que reuniram 12 400 propostas e 290 000 votos. As mulheres "
                    "representam 51% dos registados, e as pessoas com mais de 65 anos 12%, graças "
                    "aos pontos de acesso assistido e às oficinas de competências digitais nas "
                    "bibliotecas. A plataforma cumpre as normas de acessibilidade para pessoas com "
                    "deficiência visual e está disponível em quatro línguas."
                ),
                results=(
                    "Todos os processos participativos são agora públicos e podem ser acompanhados "
                    "online, da primeira proposta à decisão final. Os habitantes usaram a "
                    "funcionalidade de iniciativa cidadã para incluir três temas na ordem do dia "
                    "da assembleia municipal. A cidade devolveu melhorias à comunidade do software "
                    "livre, incluindo funcionalidades de acessibilidade. O custo dos processos "
                    "diminuiu, porque todos partilham as mesmas ferramentas."
                ),
                evaluation=(
                    "A plataforma publica dados abertos sobre a participação, que são usados por "
                    "investigadores e jornalistas. A cidade encomendou uma auditoria independente "
                    "à segurança, à acessibilidade e à proteção de dados da plataforma, e realiza "
                    "testes regulares com habitantes. Estes mostraram que as pessoas idosas "
                    "achavam o registo demasiado complicado, o que levou a um formulário "
                    "simplificado e a uma linha telefónica de apoio."
                ),
                transferability=(
                    "O software é livre e já é usado por muitos governos locais, o que facilita a "
                    "sua adaptação. Os principais custos são o alojamento, a configuração, a "
                    "formação dos trabalhadores e o apoio aos habitantes. As condições de sucesso "
                    "são políticas: os processos têm de ter consequências reais e a plataforma "
                    "deve ser combinada com a participação presencial. A nossa configuração, os "
                    "guias de utilização e os termos de utilização estão publicados."
                ),
                public_summary=(
                    "{city} reuniu todos os seus processos participativos numa única plataforma de "
                    "código aberto. Os habitantes podem propor, debater, votar e acompanhar cada "
                    "proposta desde a submissão até à execução, online ou com apoio em 25 pontos "
                    "de acesso assistido. Estão registadas cerca de 86 000 pessoas, e a cidade "
                    "mantém o controlo dos dados e do código da sua infraestrutura democrática."
                ),
            ),
        },
    ),
    DemoPractice(
        category="civic-tech",
        texts={
            "en": PracticeText(
                title="Open budget and citizen monitoring of public works",
                organisation_presentation=(
                    "{organisation} manages a large programme of public works in {city}, including "
                    "roads, schools, drainage and health facilities. Residents often complained "
                    "about works that were delayed, unfinished or of poor quality, without knowing "
                    "who was responsible. To build trust and improve performance, the local "
                    "government decided to open its data and invite residents to monitor the works "
                    "that concern them."
                ),
                practice_description=(
                    "Since 2021, {city} has published its budget and every public works contract "
                    "as open data: amounts, contractors, schedules and payments. A simple map "
                    "shows each construction site with photos and its status. Residents can report "
                    "problems by app, by SMS or at district offices, and trained volunteer "
                    "monitors from community organisations visit the sites with technicians. Every "
                    "report receives a public answer, and monitors present their findings at "
                    "quarterly hearings with the departments and contractors."
                ),
                objectives=(
                    "The practice aims to make public spending transparent and understandable, to "
                    "prevent delays and poor quality in public works and to fight corruption "
                    "through citizen oversight. It also aims to recognise what residents know "
                    "about their neighbourhoods and to create a regular space of accountability "
                    "between the administration, contractors and communities."
                ),
                participants=(
                    "Some 320 volunteer monitors, 55% of them women and a third under 30, have "
                    "been trained to read budgets and contracts. More than 6,000 residents have "
                    "sent reports, a third of them by SMS, which works without internet access. "
                    "Community radio programmes explain the data in local languages. Monitoring "
                    "groups were set up first in the neighbourhoods with the most public works."
                ),
                results=(
                    "Residents have sent 9,800 reports, 87% of which were answered within 30 days. "
                    "Citizen monitoring led to the correction of 140 construction defects before "
                    "the final payment to contractors, and two contracts were terminated after "
                    "repeated failures. The share of projects delivered on time rose from 48% to "
                    "71%. The open data portal is consulted about 20,000 times a month."
                ),
                evaluation=(
                    "The city and a transparency NGO publish a joint annual report with indicators "
                    "on response times, defects corrected and delays. The NGO also interviews "
                    "monitors and residents. The evaluation found that monitors needed more "
                    "technical training on construction quality, and that reporting by SMS was "
                    "essential to reach older and low-income residents."
                ),
                transferability=(
                    "Opening contract data requires political will more than technology, since the "
                    "data already exist in financial systems. The practice can be adapted with "
                    "free tools for maps and reports, an SMS channel, partnerships with civil "
                    "society for training, and an internal rule requiring departments to answer "
                    "reports. Our data standard and training modules for monitors are open."
                ),
                public_summary=(
                    "{city} publishes every public works contract as open data and invites "
                    "residents to monitor construction sites. Trained volunteer monitors and "
                    "thousands of residents report problems by app, by SMS or in person, and every "
                    "report receives a public answer. Citizen monitoring has corrected 140 "
                    "construction defects, and the share of works delivered on time rose from 48% "
                    "to 71%."
                ),
            ),
            "fr": PracticeText(
                title="Budget ouvert et suivi citoyen des travaux publics",
                organisation_presentation=(
                    "{organisation} gère un important programme de travaux publics à {city}, qui "
                    "comprend des routes, des écoles, des réseaux d'assainissement et des "
                    "équipements de santé. Les habitants se plaignaient souvent de chantiers en "
                    "retard, inachevés ou de mauvaise qualité, sans savoir qui en était "
                    "responsable. Pour restaurer la confiance et améliorer les résultats, la "
                    "collectivité a décidé d'ouvrir ses données et d'inviter les habitants à "
                    "suivre les travaux qui les concernent."
                ),
                practice_description=(
                    "Depuis 2021, {city} publie en données ouvertes son budget et chaque marché de "
                    "travaux publics : montants, entreprises, calendriers et paiements. Une carte "
                    "simple montre chaque chantier avec des photos et son état d'avancement. Les "
                    "habitants peuvent signaler des problèmes par application, par SMS ou dans les "
                    "mairies de quartier, et des observateurs bénévoles formés, issus des "
                    "associations, visitent les chantiers avec les techniciens. Chaque signalement "
                    "reçoit une réponse publique, et les observateurs présentent leurs constats "
                    "lors d'audiences trimestrielles avec les services et les entreprises."
                ),
                objectives=(
                    "La pratique vise à rendre la dépense publique transparente et compréhensible, "
                    "à prévenir les retards et les malfaçons dans les travaux publics et à lutter "
                    "contre la corruption grâce au contrôle citoyen. Elle cherche aussi à "
                    "reconnaître ce que les habitants savent de leur quartier et à créer un espace "
                    "régulier de redevabilité entre l'administration, les entreprises et les "
                    "communautés."
                ),
                participants=(
                    "Quelque 320 observateurs bénévoles, dont 55 % de femmes et un tiers de moins "
                    "de 30 ans, ont été formés à la lecture des budgets et des marchés. Plus de 6 "
                    "000 habitants ont envoyé des signalements, dont un tiers par SMS, ce qui "
                    "fonctionne sans accès à internet. Des émissions de radios communautaires "
                    "expliquent les données dans les langues locales. Les groupes de suivi ont "
                    "d'abord été créés dans les quartiers qui comptaient le plus de chantiers."
                ),
                results=(
                    "Les habitants ont envoyé 9 800 signalements, dont 87 % ont reçu une réponse "
                    "en moins de 30 jours. Le suivi citoyen a permis de corriger 140 malfaçons "
                    "avant le paiement final des entreprises, et deux marchés ont été résiliés "
                    "après des manquements répétés. La part des projets livrés dans les délais est "
                    "passée de 48 % à 71 %. Le portail de données ouvertes est consulté environ 20 "
                    "000 fois par mois."
                ),
                evaluation=(
                    "La ville et une ONG de transparence publient un rapport annuel commun avec "
                    "des indicateurs sur les délais de réponse, les malfaçons corrigées et les "
                    "retards. L'ONG mène aussi des entretiens avec les observateurs et les "
                    "habitants. L'évaluation a montré que les observateurs avaient besoin d'une "
                    "formation technique plus poussée sur la qualité des constructions, et que le "
                    "signalement par SMS était indispensable pour toucher les personnes âgées et "
                    "les ménages modestes."
                ),
                transferability=(
                    "Ouvrir les données des marchés demande davantage de volonté politique que de "
                    "technologie, car les données existent déjà dans les systèmes financiers. La "
                    "pratique peut être adaptée avec des outils libres pour les cartes et les "
                    "signalements, un canal SMS, des partenariats avec la société civile pour la "
                    "formation et une règle interne obligeant les services à répondre aux "
                    "signalements. Notre standard de données et nos modules de formation des "
                    "observateurs sont ouverts."
                ),
                public_summary=(
                    "{city} publie en données ouvertes chaque marché de travaux publics et invite "
                    "les habitants à suivre les chantiers. Des observateurs bénévoles formés et "
                    "des milliers d'habitants signalent les problèmes par application, par SMS ou "
                    "en personne, et chaque signalement reçoit une réponse publique. Le suivi "
                    "citoyen a permis de corriger 140 malfaçons, et la part des travaux livrés "
                    "dans les délais est passée de 48 % à 71 %."
                ),
            ),
            "es": PracticeText(
                title="Presupuesto abierto y control ciudadano de la obra pública",
                organisation_presentation=(
                    "{organisation} gestiona un amplio programa de obra pública en {city}, que "
                    "incluye calles, escuelas, desagües y centros de salud. Los vecinos se "
                    "quejaban a menudo de obras retrasadas, inconclusas o de mala calidad, sin "
                    "saber quién era responsable. Para generar confianza y mejorar los resultados, "
                    "el gobierno local decidió abrir sus datos e invitar a la ciudadanía a vigilar "
                    "las obras que le afectan."
                ),
                practice_description=(
                    "Desde 2021, {city} publica como datos abiertos su presupuesto y cada contrato "
                    "de obra pública: montos, empresas contratistas, plazos y pagos. Un mapa "
                    "sencillo muestra cada obra con fotos y su estado de avance. Los vecinos "
                    "pueden reportar problemas por aplicación, por SMS o en las oficinas de "
                    "distrito, y veedores voluntarios formados, provenientes de organizaciones "
                    "comunitarias, visitan las obras con el personal técnico. Cada reporte recibe "
                    "una respuesta pública, y los veedores presentan sus hallazgos en audiencias "
                    "trimestrales con las áreas municipales y las empresas."
                ),
                objectives=(
                    "La práctica busca hacer el gasto público transparente y comprensible, "
                    "prevenir retrasos y defectos en la obra pública y combatir la corrupción "
                    "mediante el control ciudadano. También pretende reconocer lo que los vecinos "
                    "saben de sus barrios y crear un espacio regular de rendición de cuentas entre "
                    "la administración, las empresas contratistas y las comunidades."
                ),
                participants=(
                    "Unos 320 veedores voluntarios, el 55 % de ellos mujeres y un tercio menores "
                    "de 30 años, recibieron formación para leer presupuestos y contratos. Más de "
                    "6.000 vecinos enviaron reportes, un tercio de ellos por SMS, que funciona sin "
                    "acceso a internet. Programas de radios comunitarias explican los datos en las "
                    "lenguas locales. Los grupos de veeduría se crearon primero en los barrios con "
                    "más obras públicas."
                ),
                results=(
                    "Los vecinos enviaron 9.800 reportes, y el 87 % recibió respuesta en menos de "
                    "30 días. El control ciudadano permitió corregir 140 defectos de construcción "
                    "antes del pago final a las empresas, y dos contratos se rescindieron tras "
                    "incumplimientos reiterados. La proporción de obras entregadas a tiempo pasó "
                    "del 48 % al 71 %. El portal de datos abiertos recibe unas 20.000 consultas al "
                    "mes."
                ),
                evaluation=(
                    "La ciudad y una ONG de transparencia publican un informe anual conjunto con "
                    "indicadores sobre tiempos de respuesta, defectos corregidos y retrasos. La "
                    "ONG también entrevista a veedores y vecinos. La evaluación concluyó que los "
                    "veedores necesitaban más formación técnica sobre calidad de la construcción y "
                    "que el reporte por SMS era esencial para llegar a las personas mayores y a "
                    "los hogares de bajos ingresos."
                ),
                transferability=(
                    "Abrir los datos de contratación requiere más voluntad política que "
                    "tecnología, porque los datos ya existen en los sistemas financieros. La "
                    "práctica puede adaptarse con herramientas libres para mapas y reportes, un "
                    "canal de SMS, alianzas con la sociedad civil para la formación y una norma "
                    "interna que obligue a las áreas a responder los reportes. Nuestro estándar de "
                    "datos y los módulos de formación de veedores son abiertos."
                ),
                public_summary=(
                    "{city} publica como datos abiertos cada contrato de obra pública e invita a "
                    "la ciudadanía a vigilar las obras. Veedores voluntarios formados y miles de "
                    "vecinos reportan problemas por aplicación, por SMS o en persona, y cada "
                    "reporte recibe una respuesta pública. El control ciudadano permitió corregir "
                    "140 defectos de construcción, y la proporción de obras entregadas a tiempo "
                    "pasó del 48 % al 71 %."
                ),
            ),
            "pt": PracticeText(
                title="Orçamento aberto e monitorização cidadã das obras públicas",
                organisation_presentation=(
                    "{organisation} gere um amplo programa de obras públicas em {city}, que inclui "
                    "estradas, escolas, drenagem e equipamentos de saúde. Os moradores "
                    "queixavam-se muitas vezes de obras atrasadas, inacabadas ou de má qualidade, "
                    "sem saberem quem era responsável. Para criar confiança e melhorar os "
                    "resultados, o governo local decidiu abrir os seus dados e convidar os "
                    "moradores a acompanhar as obras que lhes dizem respeito."
                ),
                practice_description=(
                    "Desde 2021, {city} publica em dados abertos o seu orçamento e cada contrato "
                    "de obras públicas: montantes, empreiteiros, prazos e pagamentos. Um mapa "
                    "simples mostra cada obra com fotografias e o seu estado. Os moradores podem "
                    "comunicar problemas por aplicação, por SMS ou nos balcões de bairro, e "
                    "monitores voluntários formados, vindos de organizações comunitárias, visitam "
                    "as obras com os técnicos. Cada ocorrência recebe uma resposta pública, e os "
                    "monitores apresentam as suas conclusões em audiências trimestrais com os "
                    "serviços e os empreiteiros."
                ),
                objectives=(
                    "A prática pretende tornar a despesa pública transparente e compreensível, "
                    "prevenir atrasos e defeitos nas obras públicas e combater a corrupção através "
                    "do controlo cidadão. Pretende também reconhecer o que os moradores sabem "
                    "sobre os seus bairros e criar um espaço regular de prestação de contas entre "
                    "a administração, os empreiteiros e as comunidades."
                ),
                participants=(
                    "Cerca de 320 monitores voluntários, 55% dos quais mulheres e um terço com "
                    "menos de 30 anos, receberam formação para ler orçamentos e contratos. Mais de "
                    "6000 moradores enviaram ocorrências, um terço delas por SMS, que funciona sem "
                    "acesso à internet. Programas de rádios comunitárias explicam os dados nas "
                    "línguas locais. Os grupos de monitorização foram criados primeiro nos bairros "
                    "com mais obras públicas."
                ),
                results=(
                    "Os moradores enviaram 9800 ocorrências, 87% das quais tiveram resposta em "
                    "menos de 30 dias. A monitorização cidadã levou à correção de 140 defeitos de "
                    "construção antes do pagamento final aos empreiteiros, e dois contratos foram "
                    "rescindidos após incumprimentos repetidos. A percentagem de obras entregues "
                    "dentro do prazo passou de 48% para 71%. O portal de dados abertos é "
                    "consultado cerca de 20 000 vezes por mês."
                ),
                evaluation=(
                    "A cidade e uma ONG de transparência publicam um relatório anual conjunto com "
                    "indicadores sobre tempos de resposta, defeitos corrigidos e atrasos. A ONG "
                    "entrevista também monitores e moradores. A avaliação concluiu que os "
                    "monitores precisavam de mais formação técnica sobre a qualidade da construção "
                    "e que a comunicação por SMS era essencial para chegar às pessoas idosas e às "
                    "famílias de baixos rendimentos."
                ),
                transferability=(
                    "Abrir os dados da contratação exige mais vontade política do que tecnologia, "
                    "porque os dados já existem nos sistemas financeiros. A prática pode ser "
                    "adaptada com ferramentas livres para mapas e ocorrências, um canal de SMS, "
                    "parcerias com a sociedade civil para a formação e uma regra interna que "
                    "obrigue os serviços a responder às ocorrências. O nosso padrão de dados e os "
                    "módulos de formação de monitores são abertos."
                ),
                public_summary=(
                    "{city} publica em dados abertos cada contrato de obras públicas e convida os "
                    "moradores a acompanhar as obras. Monitores voluntários formados e milhares de "
                    "moradores comunicam problemas por aplicação, por SMS ou presencialmente, e "
                    "cada ocorrência recebe uma resposta pública. A monitorização cidadã corrigiu "
                    "140 defeitos de construção, e a percentagem de obras entregues dentro do "
                    "prazo passou de 48% para 71%."
                ),
            ),
        },
    ),
    DemoPractice(
        category="civic-tech",
        texts={
            "en": PracticeText(
                title="Deliberation without barriers: taking part online, by phone or by SMS",
                organisation_presentation=(
                    "{organisation} consults the residents of {city} on plans, regulations and "
                    "priorities every year. Online consultations reached mostly young, educated "
                    "and connected residents, while a large part of the population, in particular "
                    "older people and residents of informal settlements, was left out. The local "
                    "government therefore decided to design a digital deliberation process that "
                    "works on any phone, not only on smartphones."
                ),
                practice_description=(
                    "In 2023, {city} held its first multichannel deliberation, on the city's "
                    "ten-year development plan. Residents could take part on an online "
                    "deliberation platform, by SMS, through a messaging app, or by calling a free "
                    "phone line where a recorded voice presented the options in three languages. "
                    "Proposals were grouped by theme and sent back to participants, who could "
                    "comment and vote. Small groups of residents, facilitated online and in "
                    "community centres, deliberated on the most divisive issues."
                ),
                objectives=(
                    "The process aimed to open strategic planning to residents who are usually "
                    "absent, to move from simple consultation to real deliberation, and to show "
                    "that digital tools can reduce inequalities instead of reinforcing them. It "
                    "also aimed to test channels that the city could use permanently in future "
                    "processes."
                ),
                participants=(
                    "Around 52,000 residents took part: 18,000 online, 21,000 by SMS, 7,000 "
                    "through the messaging app and 6,000 by phone. SMS and phone participants were "
                    "older and had lower incomes than online participants, and 47% of them lived "
                    "in informal settlements. Community radio stations and mobile teams publicised "
                    "the process. Twenty deliberation groups brought together 480 residents "
                    "selected to reflect the population."
                ),
                results=(
                    "The development plan adopted by the city council includes 62 priorities that "
                    "came out of the deliberation, among them water access in informal "
                    "settlements, night-time public transport and the protection of local markets. "
                    "The city has set up a permanent SMS channel to inform residents of decisions "
                    "and to consult them. The cost per participant was lower than in the previous "
                    "in-person consultation."
                ),
                evaluation=(
                    "A research centre analysed the data, compared participants with census "
                    "figures and interviewed residents. It found that the channels were "
                    "complementary, since each reached a different group. It also noted that SMS "
                    "allowed only short contributions, so the city now calls back a sample of SMS "
                    "participants for longer interviews before each decision."
                ),
                transferability=(
                    "Multichannel deliberation suits local governments where smartphone use is "
                    "limited. It requires an agreement with telephone operators for free SMS and "
                    "calls, a platform able to collect and analyse contributions from every "
                    "channel, and staff to summarise them. Our technical architecture and our "
                    "model agreement with operators are available to other cities."
                ),
                public_summary=(
                    "{city} held a deliberation on its ten-year development plan that residents "
                    "could join online, by SMS, through a messaging app or by phone. Around 52,000 "
                    "people took part, many of them older residents or people living in informal "
                    "settlements who never join online consultations. The plan adopted by the city "
                    "council includes 62 priorities from the process."
                ),
            ),
            "fr": PracticeText(
                title="Délibérer sans obstacles : participer en ligne, par téléphone ou par SMS",
                organisation_presentation=(
                    "{organisation} consulte chaque année les habitants de {city} sur ses plans, "
                    "ses règlements et ses priorités. Les consultations en ligne touchaient "
                    "surtout des habitants jeunes, diplômés et connectés, tandis qu'une grande "
                    "partie de la population, en particulier les personnes âgées et les habitants "
                    "des quartiers informels, restait à l'écart. La collectivité a donc décidé de "
                    "concevoir une délibération numérique qui fonctionne sur n'importe quel "
                    "téléphone, et pas seulement sur les smartphones."
                ),
                practice_description=(
                    "En 2023, {city} a organisé sa première délibération multicanal, portant sur "
                    "le plan de développement de la ville à dix ans. Les habitants pouvaient "
                    "participer sur une plateforme de délibération en ligne, par SMS, par une "
                    "application de messagerie ou en appelant une ligne gratuite où une voix "
                    "enregistrée présentait les options en trois langues. Les propositions ont été "
                    "regroupées par thème et renvoyées aux participants, qui pouvaient les "
                    "commenter et voter. Des petits groupes d'habitants, animés en ligne et dans "
                    "des centres sociaux, ont délibéré sur les questions les plus clivantes."
                ),
                objectives=(
                    "La démarche visait à ouvrir la planification stratégique aux habitants "
                    "habituellement absents, à passer de la simple consultation à une véritable "
                    "délibération et à montrer que les outils numériques peuvent réduire les "
                    "inégalités au lieu de les renforcer. Elle visait aussi à tester des canaux "
                    "que la ville pourrait utiliser durablement pour ses futurs dispositifs."
                ),
                participants=(
                    "Environ 52 000 habitants ont participé : 18 000 en ligne, 21 000 par SMS, 7 "
                    "000 par l'application de messagerie et 6 000 par téléphone. Les participants "
                    "par SMS et par téléphone étaient plus âgés et avaient des revenus plus "
                    "faibles que ceux en ligne, et 47 % d'entre eux vivaient dans des quartiers "
                    "informels. Des radios communautaires et des équipes mobiles ont fait "
                    "connaître la démarche. Vingt groupes de délibération ont réuni 480 habitants "
                    "choisis pour refléter la population."
                ),
                results=(
                    "Le plan de développement adopté par le conseil municipal comprend 62 "
                    "priorités issues de la délibération, dont l'accès à l'eau dans les quartiers "
                    "informels, les transports publics de nuit et la protection des marchés "
                    "locaux. La ville a mis en place un canal SMS permanent pour informer les "
                    "habitants des décisions et les consulter. Le coût par participant a été "
                    "inférieur à celui de la précédente consultation en présentiel."
                ),
                evaluation=(
                    "Un centre de recherche a analysé les données, comparé les participants aux "
                    "chiffres du recensement et interrogé des habitants. Il a constaté que les "
                    "canaux étaient complémentaires, chacun touchant un public différent. Il a "
                    "aussi relevé que le SMS ne permettait que des contributions courtes : la "
                    "ville rappelle donc désormais un échantillon de participants par SMS pour des "
                    "entretiens plus longs avant chaque décision."
                ),
                transferability=(
                    "La délibération multicanal convient aux collectivités où l'usage du "
                    "smartphone est limité. Elle nécessite un accord avec les opérateurs "
                    "téléphoniques pour des SMS et des appels gratuits, une plateforme capable de "
                    "recueillir et d'analyser les contributions de tous les canaux, et une équipe "
                    "pour en faire la synthèse. Notre architecture technique et notre modèle de "
                    "convention avec les opérateurs sont à la disposition d'autres villes."
                ),
                public_summary=(
                    "{city} a organisé une délibération sur son plan de développement à dix ans, à "
                    "laquelle les habitants pouvaient participer en ligne, par SMS, par une "
                    "application de messagerie ou par téléphone. Environ 52 000 personnes y ont "
                    "pris part, dont beaucoup de personnes âgées et d'habitants des quartiers "
                    "informels qui ne participent jamais aux consultations en ligne. Le plan "
                    "adopté par le conseil municipal reprend 62 priorités issues de la démarche."
                ),
            ),
            "es": PracticeText(
                title="Deliberar sin barreras: participar en línea, por teléfono o por SMS",
                organisation_presentation=(
                    "{organisation} consulta cada año a la población de {city} sobre planes, "
                    "normativas y prioridades. Las consultas en línea llegaban sobre todo a "
                    "personas jóvenes, con estudios y conectadas, mientras que una gran parte de "
                    "la población, en particular las personas mayores y quienes viven en "
                    "asentamientos informales, quedaba fuera. Por eso, el gobierno local decidió "
                    "diseñar un proceso de deliberación digital que funcione con cualquier "
                    "teléfono, no solo con teléfonos inteligentes."
                ),
                practice_description=(
                    "En 2023, {city} realizó su primera deliberación multicanal, sobre el plan de "
                    "desarrollo de la ciudad a diez años. Se podía participar en una plataforma de "
                    "deliberación en línea, por SMS, mediante una aplicación de mensajería o "
                    "llamando a una línea gratuita en la que una voz grabada presentaba las "
                    "opciones en tres idiomas. Las propuestas se agruparon por temas y se "
                    "devolvieron a las personas participantes, que podían comentarlas y votar. "
                    "Pequeños grupos de vecinos, facilitados en línea y en centros comunitarios, "
                    "deliberaron sobre los temas más divisivos."
                ),
                objectives=(
                    "El proceso buscaba abrir la planificación estratégica a quienes suelen estar "
                    "ausentes, pasar de la simple consulta a una deliberación real y demostrar que "
                    "las herramientas digitales pueden reducir las desigualdades en lugar de "
                    "reforzarlas. También quería probar canales que la ciudad pudiera usar de "
                    "forma permanente en futuros procesos."
                ),
                participants=(
                    "Participaron unas 52.000 personas: 18.000 en línea, 21.000 por SMS, 7.000 "
                    "mediante la aplicación de mensajería y 6.000 por teléfono. Quienes "
                    "participaron por SMS y por teléfono eran de mayor edad y tenían menores "
                    "ingresos que quienes lo hicieron en línea, y el 47 % vivía en asentamientos "
                    "informales. Radios comunitarias y equipos móviles difundieron el proceso. "
                    "Veinte grupos de deliberación reunieron a 480 personas seleccionadas para "
                    "reflejar a la población."
                ),
                results=(
                    "El plan de desarrollo aprobado por el concejo municipal incluye 62 "
                    "prioridades surgidas de la deliberación, entre ellas el acceso al agua en los "
                    "asentamientos informales, el transporte público nocturno y la protección de "
                    "los mercados locales. La ciudad creó un canal de SMS permanente para informar "
                    "a la ciudadanía de las decisiones y consultarla. El costo por participante "
                    "fue menor que en la anterior consulta presencial."
                ),
                evaluation=(
                    "Un centro de investigación analizó los datos, comparó a las personas "
                    "participantes con las cifras del censo y entrevistó a vecinas y vecinos. "
                    "Constató que los canales eran complementarios, ya que cada uno llegaba a un "
                    "grupo distinto. También señaló que el SMS solo permitía aportes breves, por "
                    "lo que ahora la ciudad vuelve a llamar a una muestra de participantes por SMS "
                    "para entrevistas más largas antes de cada decisión."
                ),
                transferability=(
                    "La deliberación multicanal es adecuada para gobiernos locales donde el uso de "
                    "teléfonos inteligentes es limitado. Requiere un acuerdo con los operadores "
                    "telefónicos para SMS y llamadas gratuitas, una plataforma capaz de recoger y "
                    "analizar los aportes de todos los canales y un equipo que los sintetice. "
                    "Nuestra arquitectura técnica y el modelo de convenio con operadores están a "
                    "disposición de otras ciudades."
                ),
                public_summary=(
                    "{city} realizó una deliberación sobre su plan de desarrollo a diez años en la "
                    "que se podía participar en línea, por SMS, mediante una aplicación de "
                    "mensajería o por teléfono. Participaron unas 52.000 personas, muchas de ellas "
                    "mayores o residentes de asentamientos informales que nunca participan en "
                    "consultas en línea. El plan aprobado por el concejo municipal incluye 62 "
                    "prioridades del proceso."
                ),
            ),
            "pt": PracticeText(
                title="Deliberar sem barreiras: participar online, por telefone ou por SMS",
                organisation_presentation=(
                    "{organisation} consulta todos os anos os habitantes de {city} sobre planos, "
                    "regulamentos e prioridades. As consultas online chegavam sobretudo a pessoas "
                    "jovens, escolarizadas e com ligação à internet, enquanto uma grande parte da "
                    "população, em particular as pessoas idosas e os moradores de assentamentos "
                    "informais, ficava de fora. Por isso, o governo local decidiu desenhar um "
                    "processo de deliberação digital que funcione em qualquer telemóvel, e não "
                    "apenas em smartphones."
                ),
                practice_description=(
                    "Em 2023, {city} realizou a sua primeira deliberação multicanal, sobre o plano "
                    "de desenvolvimento da cidade a dez anos. Os habitantes podiam participar numa "
                    "plataforma de deliberação online, por SMS, através de uma aplicação de "
                    "mensagens ou ligando para uma linha gratuita onde uma voz gravada apresentava "
                    "as opções em três línguas. As propostas foram agrupadas por tema e devolvidas "
                    "aos participantes, que as podiam comentar e votar. Pequenos grupos de "
                    "moradores, facilitados online e em centros comunitários, deliberaram sobre as "
                    "questões mais fraturantes."
                ),
                objectives=(
                    "O processo pretendia abrir o planeamento estratégico aos habitantes "
                    "habitualmente ausentes, passar da simples consulta a uma verdadeira "
                    "deliberação e mostrar que as ferramentas digitais podem reduzir as "
                    "desigualdades em vez de as reforçar. Pretendia também testar canais que a "
                    "cidade pudesse usar de forma permanente em futuros processos."
                ),
                participants=(
                    "Participaram cerca de 52 000 habitantes: 18 000 online, 21 000 por SMS, 7000 "
                    "através da aplicação de mensagens e 6000 por telefone. Os participantes por "
                    "SMS e por telefone eram mais velhos e tinham rendimentos mais baixos do que "
                    "os participantes online, e 47% viviam em assentamentos informais. Rádios "
                    "comunitárias e equipas móveis divulgaram o processo. Vinte grupos de "
                    "deliberação reuniram 480 moradores selecionados para refletir a população."
                ),
                results=(
                    "O plano de desenvolvimento aprovado pela assembleia municipal inclui 62 "
                    "prioridades saídas da deliberação, entre elas o acesso à água nos "
                    "assentamentos informais, os transportes públicos noturnos e a proteção dos "
                    "mercados locais. A cidade criou um canal de SMS permanente para informar os "
                    "habitantes sobre as decisões e consultá-los. O custo por participante foi "
                    "inferior ao da anterior consulta presencial."
                ),
                evaluation=(
                    "Um centro de investigação analisou os dados, comparou os participantes com os "
                    "números do recenseamento e entrevistou moradores. Concluiu que os canais eram "
                    "complementares, pois cada um chegava a um grupo diferente. Assinalou também "
                    "que o SMS só permitia contributos curtos, pelo que a cidade volta agora a "
                    "contactar uma amostra de participantes por SMS para entrevistas mais longas "
                    "antes de cada decisão."
                ),
                transferability=(
                    "A deliberação multicanal adequa-se a governos locais onde o uso de "
                    "smartphones é limitado. Exige um acordo com os operadores de telecomunicações "
                    "para SMS e chamadas gratuitas, uma plataforma capaz de recolher e analisar os "
                    "contributos de todos os canais e uma equipa para os sintetizar. A nossa "
                    "arquitetura técnica e o modelo de acordo com os operadores estão à disposição "
                    "de outras cidades."
                ),
                public_summary=(
                    "{city} realizou uma deliberação sobre o seu plano de desenvolvimento a dez "
                    "anos em que os habitantes podiam participar online, por SMS, através de uma "
                    "aplicação de mensagens ou por telefone. Participaram cerca de 52 000 pessoas, "
                    "muitas delas idosas ou moradoras de assentamentos informais que nunca "
                    "participam em consultas online. O plano aprovado pela assembleia municipal "
                    "inclui 62 prioridades do processo."
                ),
            ),
        },
    ),
]


def practice_text(
    practice: DemoPractice, language: str, organisation: DemoOrganisation
) -> PracticeText:
    """The practice in ``language``, with the organisation's name and city filled in."""
    text = practice.texts[language]
    values = {"organisation": organisation.name, "city": organisation.city}
    return PracticeText(
        title=text.title.format(**values),
        organisation_presentation=text.organisation_presentation.format(**values),
        practice_description=text.practice_description.format(**values),
        objectives=text.objectives.format(**values),
        participants=text.participants.format(**values),
        results=text.results.format(**values),
        evaluation=text.evaluation.format(**values),
        transferability=text.transferability.format(**values),
        public_summary=text.public_summary.format(**values),
    )
