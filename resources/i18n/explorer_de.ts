<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare scenarios</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareTable</name>
        <message>
            <source>Show all parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also list the parameters that are equal in every column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differs from {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} parameters differ between the columns (shown {1}); highlighted: different from '{2}'.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Undo: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} parameters changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeadlineCard</name>
        <message>
            <source>better than the baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worse than the baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neither better nor worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline: {0}; {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeadlineStrip</name>
        <message>
            <source>Change vs baseline
(grey dashed in plots)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>AI Capex Scenario Explorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move a slider; every plot follows. Grey dashed lines are the baseline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every parameter back to its default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;napshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Parameter panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Headline figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Expand all assumption groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Collapse all assumption groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Model documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Preset: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preset: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {0}:
{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model documentation is not installed ({0}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About AI Capex Scenario Explorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;AI Capex Scenario Explorer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explore where the AI-infrastructure boom can go: capex, power, revenue, financing, macro effects and financial stress, calibrated to the sources S1–S5 and R1–R8 (see the model documentation).&lt;/p&gt;&lt;p&gt;Grey dashed lines show the baseline (the sources' consensus).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelText</name>
        <message>
            <source>Capex growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Near-term growth of planned AI capex in 2025 and 2026, before it fades toward the long-run rate. The six largest US firms went from about $360B (2025) to about $600B signalled (2026), +67%; the big four from $228B (2024) to over $400B (2025), +75%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monetization speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How fast AI revenue spreads by imitation: the Bass imitation coefficient q (R7 fits 30-50%). At 40% AI revenue reaches half its long-run potential around 2033; at 20% around 2040.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power build-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GW per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US data-centre power made available to AI each year once the interconnection queue has cleared. Changes to it phase in over the interconnection lag; until then the queued pipeline sets the pace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long-run capex growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth of planned AI capex once the near-term surge has faded, and after a bust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capex surge half-life</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Half-life of the gap between near-term and long-run capex growth, counted from 2026. Short: the surge ends quickly; long: it carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backlog cancellation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of capex deferred for lack of power that is abandoned each year instead of being carried forward. Cancelled capex is reported, never dropped silently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US AI power 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US data-centre power serving AI at the start of 2024. US data centres drew 176 TWh in 2023 (about 20 GW average, 4.4% of US power), of which AI is a growing part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US queued build-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US data-centre power already in the interconnection queue, connected per year before a changed build-out takes effect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interconnection lag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Years before a changed US power build-out is fully in effect: the median wait in US interconnection queues is about 5 years; 4-7 years for loads over 100 MW in Virginia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>$ per MWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average price data centres pay for electricity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utilisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average load of installed AI power over the year: sets the energy bill and how much of its revenue capacity the installed compute delivers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capex per GW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>$B per GW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All-in capex per GW of AI IT load, chips included (about a quarter of it is the facility).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capex per GW growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly change in all-in capex per GW: each accelerator generation costs more per GW of IT load than the last.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Useful life</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depreciation life of servers and accelerators; also when a vintage retires and frees its power. Hyperscaler accounts use 5-6 years; critics argue 2-3 years of economic life.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardware efficiency gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much more revenue each new vintage can serve per GW than the previous one; older vintages become a shrinking share of what the fleet can serve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue capacity per GW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>$B per GW-year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI revenue one GW of 2024-vintage hardware can serve in a year at full use; caps revenue at what the installed compute can deliver.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accelerator share of capex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of AI capex spent on GPUs and other accelerators: the 'GPU spend' of the R1 method. Half is an assumption that puts 2024's GPU spend near R1's $150B run-rate of late 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI revenue 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>$B per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identified AI revenue in 2024 (model labs, cloud AI services, AI features). OpenAI about $3.7B, Microsoft AI about $13B annualised in Jan 2025; R1 counts about $100B identified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long-run revenue potential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI revenue at full adoption, in 2024 dollars; grows with nominal GDP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spontaneous adoption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bass innovation coefficient p: adoption that does not depend on how many already use AI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circular-deal share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of reported AI revenue that is round-tripped: money an investor puts into a customer that comes back as its cloud or chip revenue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investor look-through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much of the circular revenue investors strip out when they judge whether revenue covers the spend. 100% = investors count only organic revenue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPU share of data-centre cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R1 method: share of the data-centre total cost of ownership that is GPUs; the rest is energy, buildings, backup and networking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End-user gross margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R1 method: gross margin the end users of AI need on the revenue that pays for the compute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Builders' EBITDA 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EBITDA of the firms building AI infrastructure in 2024 (big four, Oracle and the neoclouds), before AI revenue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EBITDA growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth of the builders' non-AI EBITDA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI EBITDA margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EBITDA margin the builders earn on AI revenue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash for AI capex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of EBITDA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of EBITDA the builders put into AI capex before they borrow; the year's interest is paid out of it first. Microsoft and Meta spend more than a third of revenue on capex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mix: debt issuance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of corporate bond and loan issuance in the external financing of capex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mix: equity issuance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of new shares (including convertible bonds counted as equity) in the external financing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mix: SPVs and private credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of special-purpose vehicles and private credit in the external financing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mix: leasing and asset-backed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of leases and asset-backed vehicles in the external financing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mix: cloud commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of customers' prepaid cloud-consumption commitments in the external financing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI-related debt 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>$B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest-bearing debt of the builders attributable to AI at the start of 2024 (bonds, private credit, leases).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average interest on the debt stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debt amortisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of the debt stock repaid each year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost of capital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return investors require on invested capital, for the full-cost required revenue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patience threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue coverage (revenue over R1 required revenue) below which investors grow impatient.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investor patience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gap-years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much shortfall investors tolerate before they cut capex: one gap-year is a full year with no coverage at all; a year at half the threshold counts half.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bust severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How deep planned capex is cut in the year after investors lose patience.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US GDP 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US nominal GDP in 2024 (BEA: about $29.2 trillion).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GDP growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US nominal GDP growth; also grows the AI revenue potential.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex breadth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI-related investment in the national accounts for each dollar of hyperscaler AI capex: other firms' data centres, power and grid equipment, networking, neoclouds, enterprise AI servers. Reconciles S4's 2% of GDP with S3's $360B.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of AI-related investment that is imported (chips and servers from Taiwan and Mexico) and so adds nothing to US GDP.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investment multiplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spending multiplier on the domestic part of the change in AI-related investment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US capex 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US hyperscaler AI capex in 2024. The big four spent about $228B in 2024 in all, not all of it on AI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>China capex 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese AI capex in 2024: Alibaba about $52B over three years, ByteDance about $20B in 2025, Tencent $10.7B in 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU capex 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex in the EU in 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UK capex 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex in the UK in 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest-of-world capex 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex in the rest of the world in 2024 (Gulf states, Singapore, Malaysia, India, Japan).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>China growth factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>× US</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>China's near-term capex growth as a multiple of the US rate; export controls on chips hold it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU growth factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The EU's near-term capex growth as a multiple of the US rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UK growth factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The UK's near-term capex growth as a multiple of the US rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest-of-world growth factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rest of the world's near-term capex growth as a multiple of the US rate; Gulf capital trades money for chips.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>China AI power 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI data-centre power in China at the start of 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU AI power 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI data-centre power in the EU at the start of 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UK AI power 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI data-centre power in the UK at the start of 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest-of-world AI power 2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI data-centre power in the rest of the world at the start of 2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>China power build-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI data-centre power China can add per year. China added 429 GW of power capacity in 2024, 15 times the US: chips, not power, hold it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU power build-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI data-centre power the EU can add per year; a 35-36 GW pipeline slowed by grid connection and permitting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UK power build-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI data-centre power the UK can add per year; 3-6 GW planned, slowed by grid connection and permitting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest-of-world power build-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI data-centre power the rest of the world can add per year (Gulf, Singapore, Malaysia).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main levers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monetization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardware</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Financing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Macroeconomy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex, all regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>$B/yr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex, US</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex, China</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex, EU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex, UK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex, rest of world</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capex wanted (planned + backlog)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capex deferred for lack of power</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deferred capex abandoned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US AI power demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US AI power available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US power shortfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US AI power load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI power load, all regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power shortfall, all regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI revenue (reported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI revenue, organic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI revenue, circular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI revenue demand (before compute cap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue the installed compute can serve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required revenue (R1 method)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required revenue (full cost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue ÷ required (R1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organic revenue ÷ required (R1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage as investors judge it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue ÷ required (full cost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investor impatience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depreciation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invested capital (book value)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal cash flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debt issuance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equity issuance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SPVs and private credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leasing and asset-backed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cloud commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debt stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Builders' EBITDA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leverage (debt ÷ EBITDA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US nominal GDP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US AI-related investment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US AI capex share of GDP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of GDP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI capex contribution to US growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress: coverage gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress: leverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress: power shortfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress: circularity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bust in this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capex 2025–2030</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peak US power shortfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue covers spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not by {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peak debt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bust year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peak stress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParameterControl</name>
        <message>
            <source>Back to the default ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}, exact value</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParameterTooltip</name>
        <message>
            <source>Default {0}; range {1} to {2} {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlotGrid</name>
        <message>
            <source>AI capex by region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>$B per year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US power: demand vs available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI revenue vs required (R1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Financing of AI capex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US macro effect of AI capex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of GDP  |  pp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Financial stress index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>index, 0–100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(baseline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>debt stock, $B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bust {value:.0f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>China</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest of world</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required (R1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SPV / priv. credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leasing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cloud commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debt stock (right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of GDP (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth contrib. (pp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>Baseline (sources' consensus)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default scenario, calibrated to the sources: capex surges about 75% a year through 2026 (S3, R8), US AI power reaches about 60 GW by 2030 (S1) and the grid becomes the binding limit from 2027, AI revenue roughly doubles early and covers the R1 required revenue in the early 2030s (R1, R7). Investors grow impatient but do not pull back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circular-deal unwind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The web of mutual investments (S3) comes apart: 30% of reported AI revenue turns out to be round-tripped (S5), investors strip it out entirely, lose patience faster and demand more of the financing through private credit and SPVs (S4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monetization lag (bubble)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'Motorways for cars that do not exist yet' (S5): the build-out keeps its pace but AI revenue diffuses at half the speed and its long-run potential is a quarter lower. Revenue stays a fraction of what the spend needs (S3), investors lose patience around 2030 and cut capex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power-constrained build-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grid is the wall (S1, S5): interconnection queues lengthen to seven years (R4), queued connections slow to 6 GW a year and the long-run build-out to 4 GW a year. Capex piles up in a backlog waiting for power, and the US lead measured in gigawatts shrinks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft landing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capex growth cools earlier, power keeps up and AI finds high-return uses in regulated industries quickly (S4's two deciding factors): monetization is faster, the revenue gap closes around 2031 and stress falls without a bust.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionLogFeature</name>
        <message>
            <source>Export session &amp;log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the times of the storyline steps, presets and snapshots of this session to a Markdown or CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export session log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md);;CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {0}:
{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session log written to {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SliderPanel</name>
        <message>
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advanced assumptions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotPanel</name>
        <message>
            <source>Save snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the current scenario as a snapshot (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters and headline figures of the current scenario and the ticked snapshots, side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick up to 4 snapshots to draw them in every plot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No snapshots yet. Save one with Ctrl+S, or drop a snapshot file (.json) on the window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the sliders to this snapshot (Enter; undo with Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the trash folder (Delete; can be undone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the snapshot folder in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snapshot folder: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}  (cannot be read)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import snapshot file…</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
