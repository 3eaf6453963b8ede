<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <source>--size {0}x{1} is smaller than the window can be here (at least {2}x{3} pixels in this language with these panels); it opened at {4}x{5}</source>
            <translation>--size {0}x{1} ist kleiner, als das Fenster hier sein kann (mindestens {2}x{3} Pixel in dieser Sprache mit diesen Diagrammen); es wurde mit {4}x{5} geöffnet</translation>
        </message>
        <message>
            <source>Preset skipped: {0}</source>
            <translation>Szenario übersprungen: {0}</translation>
        </message>
        <message>
            <source>Opened snapshot '{0}' ({1})</source>
            <translation>Snapshot „{0}“ geöffnet ({1})</translation>
        </message>
    </context>
    <context>
        <name>Attribution</name>
        <message>
            <source>{0}{1} yr</source>
            <translation>{0}{1} J.</translation>
        </message>
        <message>
            <source>{0}{1} pt</source>
            <translation>{0}{1} Pkt.</translation>
        </message>
        <message>
            <source>{0}{1} pts</source>
            <translation>{0}{1} Pkt.</translation>
        </message>
        <message>
            <source>brings it on</source>
            <translation>löst es aus</translation>
        </message>
        <message>
            <source>holds it off</source>
            <translation>hält es ab</translation>
        </message>
        <message>
            <source>it now happens</source>
            <translation>tritt jetzt ein</translation>
        </message>
        <message>
            <source>it no longer happens</source>
            <translation>tritt nicht mehr ein</translation>
        </message>
        <message>
            <source>a bust appears</source>
            <translation>ein Einbruch tritt ein</translation>
        </message>
        <message>
            <source>the bust disappears</source>
            <translation>der Einbruch bleibt aus</translation>
        </message>
        <message>
            <source>The bars are rounded so that they add up to the card's change.</source>
            <translation>Die Balken sind gerundet, damit sie zusammen die Änderung der Karte ergeben.</translation>
        </message>
        <message>
            <source>(exactly {0})</source>
            <translation>(genau {0})</translation>
        </message>
    </context>
    <context>
        <name>AttributionFeature</name>
        <message>
            <source>What changed?</source>
            <translation>Was hat sich geändert?</translation>
        </message>
        <message>
            <source>What changed? beside the &amp;headlines</source>
            <translation>Was hat sich geändert? neben den &amp;Kennzahlen</translation>
        </message>
        <message>
            <source>&amp;What changed? (details)</source>
            <translation>&amp;Was hat sich geändert? (Details)</translation>
        </message>
    </context>
    <context>
        <name>AttributionPanel</name>
        <message>
            <source>Which headline figure to explain</source>
            <translation>Welche Kennzahl erklärt werden soll</translation>
        </message>
        <message>
            <source>What changed?</source>
            <translation>Was hat sich geändert?</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Warum?</translation>
        </message>
        <message>
            <source>What moved the chosen headline against the baseline (grey dashed lines in the plots)</source>
            <translation>Was die gewählte Kennzahl gegenüber dem Basisszenario bewegt hat (grau gestrichelte Linien in den Diagrammen)</translation>
        </message>
        <message>
            <source>How much of the change of the chosen headline against the baseline each changed parameter accounts for (Shapley values: the parts add up to the total).</source>
            <translation>Welchen Anteil jeder geänderte Parameter an der Änderung der gewählten Kennzahl gegenüber dem Basisszenario hat (Shapley-Werte: Die Anteile ergeben zusammen die Gesamtänderung).</translation>
        </message>
        <message>
            <source>Explained when the slider stops…</source>
            <translation>Erklärt, sobald der Regler ruht…</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>No change against the baseline</source>
            <translation>Keine Änderung gegenüber dem Basisszenario</translation>
        </message>
        <message>
            <source>The changed parameters do not move this figure</source>
            <translation>Die geänderten Parameter bewegen diese Kennzahl nicht</translation>
        </message>
        <message>
            <source>{0}: {1} → {2} ({3})</source>
            <translation>{0}: {1} → {2} ({3})</translation>
        </message>
        <message>
            <source>It happens in only one of the two scenarios, so there is no number of years to split: each bar shows how much a parameter brings it on or holds it off.</source>
            <translation>Es tritt nur in einem der beiden Szenarien ein, daher gibt es keine Zahl von Jahren aufzuteilen: Jeder Balken zeigt, wie stark ein Parameter es auslöst oder abhält.</translation>
        </message>
        <message>
            <source>Others: {0} smaller parts added up</source>
            <translation>Sonstige: {0} kleinere Anteile zusammengezählt</translation>
        </message>
        <message>
            <source>Exact Shapley values; changed parameters: {0}.</source>
            <translation>Exakte Shapley-Werte; geänderte Parameter: {0}.</translation>
        </message>
        <message>
            <source>Shapley values estimated from {0} orders (the parts still add up exactly); changed parameters: {1}.</source>
            <translation>Shapley-Werte geschätzt aus {0} Reihenfolgen (die Anteile ergeben trotzdem genau die Summe); geänderte Parameter: {1}.</translation>
        </message>
        <message>
            <source>Sky: toward better; orange: toward worse; grey: neither. {0}</source>
            <translation>Hellblau: Richtung besser; Orange: Richtung schlechter; Grau: weder noch. {0}</translation>
        </message>
        <message>
            <source>Blue: toward better; orange: toward worse; grey: neither. {0}</source>
            <translation>Blau: Richtung besser; Orange: Richtung schlechter; Grau: weder noch. {0}</translation>
        </message>
    </context>
    <context>
        <name>BustProbabilityCard</name>
        <message>
            <source>Chance of bust
by {0} ({1} yrs)</source>
            <translation>Einbruchsrisiko
bis {0} ({1} J.)</translation>
        </message>
        <message>
            <source>Share of 1,000 scenarios, drawn around the current settings from each assumption's triangular range (parameter table, column 'spread'), in which investors lose patience in or before {0}: a view {1} years ahead of {2}, the first year the levers set. The Bust year card and the verdict look further, to the end of the run.</source>
            <translation>Anteil von 1.000 Szenarien, gezogen um die aktuellen Einstellungen aus der Dreiecksverteilung jeder Annahme (Parametertabelle, Spalte „spread“), in denen die Investoren spätestens {0} die Geduld verlieren: ein Blick {1} Jahre voraus ab {2}, dem ersten Jahr, das die Regler setzen. Die Karte „Jahr des Einbruchs“ und das Fazit blicken weiter, bis zum Ende des Laufs.</translation>
        </message>
        <message>
            <source>of 1,000 draws</source>
            <translation>von 1.000
Ziehungen</translation>
        </message>
        <message>
            <source>updating…</source>
            <translation>wird aktualisiert…</translation>
        </message>
        <message>
            <source>Bands in the plots: 10–90 % and 25–75 % of the same 1,000 draws; dotted line: their median</source>
            <translation>Bänder in den Diagrammen: 10–90 % und 25–75 % derselben 1.000 Ziehungen; gepunktete Linie: ihr Median</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>Paste scenario code</source>
            <translation>Szenario-Code einfügen</translation>
        </message>
        <message>
            <source>Scenario code (starts with AICX1:):</source>
            <translation>Szenario-Code (beginnt mit AICX1:):</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare scenarios</source>
            <translation>Szenarien vergleichen</translation>
        </message>
    </context>
    <context>
        <name>CompareSelection</name>
        <message>
            <source>Export compare table</source>
            <translation>Vergleichstabelle exportieren</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>CompareTable</name>
        <message>
            <source>Show all parameters</source>
            <translation>Alle Parameter zeigen</translation>
        </message>
        <message>
            <source>Also list the parameters that are equal in every column</source>
            <translation>Auch die Parameter auflisten, die in allen Spalten gleich sind</translation>
        </message>
        <message>
            <source>&amp;Copy as text</source>
            <translation>Als Text &amp;kopieren</translation>
        </message>
        <message>
            <source>Put the table on the clipboard, tab-separated, to paste into a spreadsheet or a chat</source>
            <translation>Die Tabelle tabulatorgetrennt in die Zwischenablage legen, zum Einfügen in eine Tabellenkalkulation oder einen Chat</translation>
        </message>
        <message>
            <source>Export as &amp;XLSX…</source>
            <translation>Als &amp;XLSX exportieren…</translation>
        </message>
        <message>
            <source>Write the table to an Excel file</source>
            <translation>Die Tabelle in eine Excel-Datei schreiben</translation>
        </message>
        <message>
            <source>Differs from {0}: {1}</source>
            <translation>Weicht ab von {0}: {1}</translation>
        </message>
        <message>
            <source>Parameters that differ between the columns: {0} (shown: {1}); highlighted: different from '{2}'.</source>
            <translation>Parameter, die sich zwischen den Spalten unterscheiden: {0} (angezeigt: {1}); hervorgehoben: abweichend von „{2}“.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Redo: {0}</source>
            <translation>Wiederholen: {0}</translation>
        </message>
        <message>
            <source>Undo: {0}</source>
            <translation>Rückgängig: {0}</translation>
        </message>
        <message>
            <source>Reset all</source>
            <translation>Alles zurückgesetzt</translation>
        </message>
        <message>
            <source>{0} parameters changed</source>
            <translation>{0} Parameter geändert</translation>
        </message>
    </context>
    <context>
        <name>ExploreBars</name>
        <message>
            <source>One at a time</source>
            <translation>Einzeln variiert</translation>
        </message>
        <message>
            <source>Sobol' total effect</source>
            <translation>Sobol-Totaleffekt</translation>
        </message>
        <message>
            <source>{0}: one at a time {1} of the largest swing; total effect not computed yet. Click to select the slider.</source>
            <translation>{0}: einzeln variiert {1} des größten Ausschlags; Totaleffekt noch nicht berechnet. Klicken wählt den Regler.</translation>
        </message>
        <message>
            <source>{0}: one at a time {1} of the largest swing; Sobol' total effect {2} ± {3}, first order {4}. Click to select the slider.</source>
            <translation>{0}: einzeln variiert {1} des größten Ausschlags; Sobol-Totaleffekt {2} ± {3}, erster Ordnung {4}. Klicken wählt den Regler.</translation>
        </message>
    </context>
    <context>
        <name>ExploreFeature</name>
        <message>
            <source>The condition held in all {0} scenarios, drawn with every input over its whole range: within the model's ranges no input decides it, so there is no box to find. Choose a stricter condition (another threshold or year).</source>
            <translation>Die Bedingung galt in allen {0} Szenarien, gezogen mit jeder Annahme über ihre ganze Spanne: innerhalb der Spannen des Modells entscheidet keine Annahme über sie, es gibt also keine Box zu finden. Wählen Sie eine strengere Bedingung (eine andere Schwelle oder ein anderes Jahr).</translation>
        </message>
        <message>
            <source>The condition held in none of the {0} scenarios, drawn with every input over its whole range: within the model's ranges no inputs meet it, so there is no box to find. Choose a looser condition (another threshold or year).</source>
            <translation>Die Bedingung galt in keinem der {0} Szenarien, gezogen mit jeder Annahme über ihre ganze Spanne: innerhalb der Spannen des Modells erfüllen keine Annahmen sie, es gibt also keine Box zu finden. Wählen Sie eine lockerere Bedingung (eine andere Schwelle oder ein anderes Jahr).</translation>
        </message>
        <message>
            <source>Explore</source>
            <translation>Erkunden</translation>
        </message>
        <message>
            <source>&amp;Explore: which assumptions lead to a bust…</source>
            <translation>&amp;Erkunden: Welche Annahmen führen zum Einbruch…</translation>
        </message>
        <message>
            <source>Sweep many scenarios, find the ranges of inputs in which a condition holds, and compare one-at-a-time with global sensitivity (Ctrl+Shift+E)</source>
            <translation>Viele Szenarien durchrechnen, die Eingabebereiche finden, in denen eine Bedingung gilt, und einzelne mit globaler Sensitivität vergleichen (Strg+Umschalt+E)</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Starting the worker processes ({0})…</source>
            <translation>Starte die Arbeitsprozesse ({0})…</translation>
        </message>
        <message>
            <source>Running in this process…</source>
            <translation>Läuft in diesem Prozess…</translation>
        </message>
        <message>
            <source>{0} scenarios in {1} s ({2} per second).</source>
            <translation>{0} Szenarien in {1} s ({2} pro Sekunde).</translation>
        </message>
        <message>
            <source>Cancelled before any scenario finished.</source>
            <translation>Abgebrochen, bevor ein Szenario fertig war.</translation>
        </message>
        <message>
            <source>Cancelled: the box is found on the {0} scenarios that finished.</source>
            <translation>Abgebrochen: Die Box wurde aus den {0} fertigen Szenarien bestimmt.</translation>
        </message>
        <message>
            <source>Centre of the box for '{0}'</source>
            <translation>Mitte der Box für „{0}“</translation>
        </message>
        <message>
            <source>Box for '{0}'</source>
            <translation>Box für „{0}“</translation>
        </message>
        <message>
            <source>{0}: {1} to {2}</source>
            <translation>{0}: {1} bis {2}</translation>
        </message>
        <message>
            <source>Box: {0}</source>
            <translation>Box: {0}</translation>
        </message>
        <message>
            <source>“{0}” does not change across the sample: it is {1} in all {2} runs, so no parameter moves it and there are no Sobol' indices to show.</source>
            <translation>„{0}“ ändert sich in der Stichprobe nicht: In allen {2} Modellläufen ist der Wert {1}. Kein Parameter bewegt diese Kennzahl, es gibt also keine Sobol-Indizes zu zeigen.</translation>
        </message>
    </context>
    <context>
        <name>ExplorePanel</name>
        <message>
            <source>Scenario discovery</source>
            <translation>Szenario-Entdeckung</translation>
        </message>
        <message>
            <source>Global sensitivity</source>
            <translation>Globale Sensitivität</translation>
        </message>
        <message>
            <source>Bust before a year</source>
            <translation>Einbruch vor einem Stichjahr</translation>
        </message>
        <message>
            <source>Bust by a year</source>
            <translation>Einbruch bis zu einem Stichjahr</translation>
        </message>
        <message>
            <source>Revenue does not cover its full cost by a year</source>
            <translation>Umsatz deckt die Vollkosten im Stichjahr nicht</translation>
        </message>
        <message>
            <source>Discovery</source>
            <translation>Entdeckung</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensitivität</translation>
        </message>
        <message>
            <source>Type your own condition…</source>
            <translation>Eigene Bedingung eingeben…</translation>
        </message>
        <message>
            <source>Ready-made conditions: choosing one fills in the condition below</source>
            <translation>Fertige Bedingungen: die Auswahl füllt die Bedingung darunter aus</translation>
        </message>
        <message>
            <source>In which scenarios does this hold? The goal-seek grammar, plus 'bust before YEAR', 'bust by YEAR' and 'not …', e.g. 'bust before 2030', 'not coverage &gt;= 1 by 2032', 'stress &lt; 50'.</source>
            <translation>In welchen Szenarien gilt das? Die Grammatik der Zielsuche, dazu 'Einbruch vor JAHR', 'Einbruch bis JAHR' und 'nicht …', z. B. 'Einbruch vor 2030', 'nicht Deckungsgrad &gt;= 1 bis 2032', 'Stress &lt; 50' (englische Wörter gehen auch).</translation>
        </message>
        <message>
            <source>How many scenarios the sweep draws over every parameter's range (the others: the current values)</source>
            <translation>Wie viele Szenarien der Durchlauf über den Bereich jedes Parameters zieht (die übrigen: die aktuellen Werte)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Worker processes for the sweep and the Sobol' indices; none runs them in the window's process (the sliders may then stutter while they run)</source>
            <translation>Arbeitsprozesse für den Durchlauf und die Sobol-Indizes; keine: sie rechnen im Prozess des Fensters (die Regler können dann währenddessen stocken)</translation>
        </message>
        <message>
            <source>Run sweep</source>
            <translation>Durchlauf starten</translation>
        </message>
        <message>
            <source>Draw the scenarios and find the ranges of inputs in which the condition holds (Enter in the condition)</source>
            <translation>Die Szenarien ziehen und die Eingabebereiche finden, in denen die Bedingung gilt (Eingabetaste in der Bedingung)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the run</source>
            <translation>Den Lauf anhalten</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Go to the box</source>
            <translation>Zur Box springen</translation>
        </message>
        <message>
            <source>Move the restricted sliders to the middle of the box (one undo step)</source>
            <translation>Die eingeschränkten Regler in die Mitte der Box stellen (ein Rückgängig-Schritt)</translation>
        </message>
        <message>
            <source>Save box as snapshot</source>
            <translation>Box als Momentaufnahme speichern</translation>
        </message>
        <message>
            <source>Save the current scenario as a snapshot whose note holds the condition and the box</source>
            <translation>Das aktuelle Szenario als Momentaufnahme speichern, deren Notiz die Bedingung und die Box enthält</translation>
        </message>
        <message>
            <source>Pick:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <source>Condition:</source>
            <translation>Bedingung:</translation>
        </message>
        <message>
            <source>Scenarios:</source>
            <translation>Szenarien:</translation>
        </message>
        <message>
            <source>Processes:</source>
            <translation>Prozesse:</translation>
        </message>
        <message>
            <source>Which headline figure the bars explain</source>
            <translation>Welche Kennzahl die Balken erklären</translation>
        </message>
        <message>
            <source>Base samples of Saltelli's design; the model runs this many times (parameters + 2)</source>
            <translation>Basisstichproben des Saltelli-Designs; das Modell rechnet so oft × (Parameter + 2)</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Berechnen</translation>
        </message>
        <message>
            <source>Compute the Sobol' total effects of the chosen figure</source>
            <translation>Die Sobol-Totaleffekte der gewählten Kennzahl berechnen</translation>
        </message>
        <message>
            <source>One at a time (the tornado): each parameter alone from its minimum to its maximum. Sobol' total effect: its share of the figure's variance when every parameter varies at once, interactions included (whisker: 95 % confidence).</source>
            <translation>Einzeln variiert (der Tornado): jeder Parameter allein von seinem Minimum bis zu seinem Maximum. Sobol-Totaleffekt: sein Anteil an der Varianz der Kennzahl, wenn alle Parameter zugleich variieren, Wechselwirkungen eingeschlossen (Strich: 95-%-Konfidenz).</translation>
        </message>
        <message>
            <source>Figure:</source>
            <translation>Kennzahl:</translation>
        </message>
        <message>
            <source>Samples:</source>
            <translation>Stichproben:</translation>
        </message>
        <message>
            <source>Type a condition, e.g. {0}.</source>
            <translation>Geben Sie eine Bedingung ein, z. B. {0}.</translation>
        </message>
        <message>
            <source>Cannot read the condition “{0}”: write FIGURE OP NUMBER [by|from|once by YEAR] or bust [before|by YEAR], either may start with not; e.g. {1}.</source>
            <translation>Die Bedingung „{0}“ ist nicht lesbar: Schreiben Sie GRÖSSE OP ZAHL [bis|ab|einmal bis JAHR] oder Einbruch [vor|bis JAHR], beides auch mit nicht davor; z. B. {1}.</translation>
        </message>
        <message>
            <source>Scenarios: “{0}” is not allowed; type a whole number from {1} to {2}. The number stays {3}.</source>
            <translation>Szenarien: „{0}“ ist nicht zulässig; geben Sie eine ganze Zahl von {1} bis {2} ein. Die Anzahl bleibt {3}.</translation>
        </message>
        <message>
            <source>Processes: “{0}” is not allowed; type a whole number from 0 (none: in the window's process) to {1}, one per core. The number stays {2}.</source>
            <translation>Prozesse: „{0}“ ist nicht zulässig; geben Sie eine ganze Zahl von 0 (keine: im Prozess des Fensters) bis {1} ein, eine je Kern. Die Anzahl bleibt {2}.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Hält an…</translation>
        </message>
        <message>
            <source>Stopping after the scenarios in progress; the box is then found on those that finished…</source>
            <translation>Hält nach den laufenden Szenarien an; die Box wird dann aus den fertigen bestimmt…</translation>
        </message>
        <message>
            <source>{0} of {1} scenarios</source>
            <translation>{0} von {1} Szenarien</translation>
        </message>
        <message>
            <source>Run a sweep to see which inputs lead to the condition.</source>
            <translation>Starten Sie einen Durchlauf, um zu sehen, welche Eingaben zur Bedingung führen.</translation>
        </message>
        <message>
            <source>{0}: {1} to {2}</source>
            <translation>{0}: {1} bis {2}</translation>
        </message>
        <message>
            <source>This step restricts no input; click a later point.</source>
            <translation>Dieser Schritt schränkt keine Eingabe ein; klicken Sie einen späteren Punkt.</translation>
        </message>
        <message>
            <source>Step {0} of {1}: coverage {2}, density {3}, {4} of the scenarios, {5} inputs restricted.</source>
            <translation>Schritt {0} von {1}: Abdeckung {2}, Dichte {3}, {4} der Szenarien, {5} Eingaben eingeschränkt.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>{0}: the PDF writer produced nothing</source>
            <translation>{0}: Der PDF-Schreiber hat nichts erzeugt</translation>
        </message>
        <message>
            <source>{0}: the SVG writer produced nothing</source>
            <translation>{0}: Der SVG-Schreiber hat nichts erzeugt</translation>
        </message>
        <message>
            <source>{0}: cannot encode the PNG</source>
            <translation>{0}: Das PNG kann nicht kodiert werden</translation>
        </message>
        <message>
            <source>{0}: cannot start the SVG writer</source>
            <translation>{0}: Der SVG-Schreiber kann nicht gestartet werden</translation>
        </message>
    </context>
    <context>
        <name>ExportsFeature</name>
        <message>
            <source>Export dashboard as &amp;PNG…</source>
            <translation>Übersicht als &amp;PNG exportieren…</translation>
        </message>
        <message>
            <source>All plots as one picture</source>
            <translation>Alle Diagramme als ein Bild</translation>
        </message>
        <message>
            <source>Export &amp;plot</source>
            <translation>&amp;Diagramm exportieren</translation>
        </message>
        <message>
            <source>{0} as PNG…</source>
            <translation>{0} als PNG…</translation>
        </message>
        <message>
            <source>{0} as SVG…</source>
            <translation>{0} als SVG…</translation>
        </message>
        <message>
            <source>AI Capex Scenario Explorer</source>
            <translation>AI Capex Scenario Explorer</translation>
        </message>
        <message>
            <source>{0} · code {1} · {2}</source>
            <translation>{0} · Code {1} · {2}</translation>
        </message>
        <message>
            <source>Export dashboard</source>
            <translation>Übersicht exportieren</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-Grafik (*.svg)</translation>
        </message>
        <message>
            <source>Export plot</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Save '{0}' as PNG…</source>
            <translation>„{0}“ als PNG speichern…</translation>
        </message>
        <message>
            <source>Save '{0}' as SVG…</source>
            <translation>„{0}“ als SVG speichern…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Wrote {0} ({1}×{2} px)</source>
            <translation>Geschrieben: {0} ({1}×{2} px)</translation>
        </message>
    </context>
    <context>
        <name>FollowingBaseline</name>
        <message>
            <source>&amp;Baseline follows assumptions</source>
            <translation>&amp;Basisszenario folgt den Annahmen</translation>
        </message>
        <message>
            <source>Grey baseline = the current advanced assumptions with the three main levers at their defaults: separates what the levers did from what the assumptions did</source>
            <translation>Graues Basisszenario = die aktuellen weiteren Annahmen mit den drei Haupthebeln auf Standard: trennt die Wirkung der Hebel von der Wirkung der Annahmen</translation>
        </message>
        <message>
            <source>Baseline: current assumptions, main levers at their defaults</source>
            <translation>Basisszenario: aktuelle Annahmen, Haupthebel auf Standard</translation>
        </message>
        <message>
            <source>Baseline: the default scenario</source>
            <translation>Basisszenario: das Standardszenario</translation>
        </message>
    </context>
    <context>
        <name>GoalSeekDialog</name>
        <message>
            <source>What would it take?</source>
            <translation>Was wäre nötig?</translation>
        </message>
        <message>
            <source>Type your own target…</source>
            <translation>Eigenes Ziel eingeben…</translation>
        </message>
        <message>
            <source>Ready-made targets: choosing one fills in the target below</source>
            <translation>Fertige Ziele: die Auswahl füllt das Ziel darunter aus</translation>
        </message>
        <message>
            <source>The target to reach, written as below (Enter runs)</source>
            <translation>Das Ziel, das erreicht werden soll, geschrieben wie darunter (Eingabetaste rechnet)</translation>
        </message>
        <message>
            <source>&lt;b&gt;FIGURE OP NUMBER&lt;/b&gt; [&lt;b&gt;by&lt;/b&gt;|&lt;b&gt;from&lt;/b&gt;|&lt;b&gt;once by&lt;/b&gt; YEAR] or &lt;b&gt;no bust&lt;/b&gt; [&lt;b&gt;before&lt;/b&gt;|&lt;b&gt;by&lt;/b&gt; YEAR].&lt;br/&gt;FIGURE: coverage, shortfall, stress, debt, capex, revenue, leverage or an output column name; OP: &amp;gt;=, &amp;gt;, &amp;lt;=, &amp;lt;, ==.&lt;br/&gt;Without a year the target must hold in every year; &lt;b&gt;by&lt;/b&gt; YEAR means in that year; &lt;b&gt;once by&lt;/b&gt; YEAR at least once up to it.&lt;br/&gt;Examples: &lt;i&gt;coverage &amp;gt;= 1 by 2032&lt;/i&gt;, &lt;i&gt;stress &amp;lt; 50&lt;/i&gt;, &lt;i&gt;no bust before 2035&lt;/i&gt;, &lt;i&gt;shortfall == 0 by 2030&lt;/i&gt;.</source>
            <translation>&lt;b&gt;GRÖSSE OP ZAHL&lt;/b&gt; [&lt;b&gt;bis&lt;/b&gt;|&lt;b&gt;ab&lt;/b&gt;|&lt;b&gt;einmal bis&lt;/b&gt; JAHR] oder &lt;b&gt;kein Einbruch&lt;/b&gt; [&lt;b&gt;vor&lt;/b&gt;|&lt;b&gt;bis&lt;/b&gt; JAHR] (die englischen Wörter gehen auch).&lt;br/&gt;GRÖSSE: Deckungsgrad, Stromlücke, Stress, Schulden, Investitionen, Umsatz, Verschuldungsgrad oder der Name einer Ergebnisspalte; OP: &amp;gt;=, &amp;gt;, &amp;lt;=, &amp;lt;, ==.&lt;br/&gt;Ohne Jahr muss das Ziel in jedem Jahr gelten; &lt;b&gt;bis&lt;/b&gt; JAHR heißt in diesem Jahr; &lt;b&gt;einmal bis&lt;/b&gt; JAHR mindestens einmal bis dahin.&lt;br/&gt;Beispiele: &lt;i&gt;Deckungsgrad &amp;gt;= 1 bis 2032&lt;/i&gt;, &lt;i&gt;Stress &amp;lt; 50&lt;/i&gt;, &lt;i&gt;kein Einbruch vor 2035&lt;/i&gt;, &lt;i&gt;Stromlücke == 0 bis 2030&lt;/i&gt;, &lt;i&gt;Umsatz &amp;gt;= 1,5 bis 2030&lt;/i&gt;.</translation>
        </message>
        <message>
            <source>The parameter to move; the others stay as set</source>
            <translation>Der Parameter, der bewegt wird; die anderen bleiben, wie eingestellt</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Berechnen</translation>
        </message>
        <message>
            <source>Find the value of the lever at which the target is just reached</source>
            <translation>Den Wert des Hebels finden, bei dem das Ziel gerade erreicht wird</translation>
        </message>
        <message>
            <source>Move the lever's slider to this value (one undo step)</source>
            <translation>Den Regler des Hebels auf diesen Wert stellen (ein Rückgängig-Schritt)</translation>
        </message>
        <message>
            <source>Ready-made target:</source>
            <translation>Vorgefertigtes Ziel:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <source>Lever:</source>
            <translation>Hebel:</translation>
        </message>
        <message>
            <source>{0}: {1} → {2}</source>
            <translation>{0}: {1} → {2}</translation>
        </message>
        <message>
            <source>Already met at the current {0} of {1}.</source>
            <translation>Bereits erreicht beim aktuellen Wert von {0}: {1}.</translation>
        </message>
        <message>
            <source>Reachable: {0} at {1} just meets the target.</source>
            <translation>Erreichbar: {0} bei {1} erreicht das Ziel gerade.</translation>
        </message>
        <message>
            <source>Cannot be reached within the range of {0} ({1}): the figure comes closest inside the range, so which way it would have to go cannot be told; try another lever.</source>
            <translation>Im Bereich von {0} ({1}) nicht erreichbar: Die Kennzahl kommt dem Ziel innerhalb des Bereichs am nächsten, daher lässt sich nicht sagen, in welche Richtung der Hebel gehen müsste; versuchen Sie einen anderen Hebel.</translation>
        </message>
        <message>
            <source>Target: {0}. At the current {1}: {2}.</source>
            <translation>Ziel: {0}. Beim aktuellen Wert {1}: {2}.</translation>
        </message>
        <message>
            <source>Target: {0}. At {1}: {2}; at the current {3}: {4}.</source>
            <translation>Ziel: {0}. Bei {1}: {2}; beim aktuellen Wert {3}: {4}.</translation>
        </message>
        <message>
            <source>Target: {0}. Even at {1}, where it comes closest: {2}.</source>
            <translation>Ziel: {0}. Selbst bei {1}, wo die Kennzahl dem Ziel am nächsten kommt: {2}.</translation>
        </message>
        <message>
            <source>no bust before {0}</source>
            <translation>kein Einbruch vor {0}</translation>
        </message>
        <message>
            <source>no bust in or before {0}</source>
            <translation>kein Einbruch bis einschließlich {0}</translation>
        </message>
        <message>
            <source>no bust</source>
            <translation>kein Einbruch</translation>
        </message>
        <message>
            <source>{0} in every year</source>
            <translation>{0} in jedem Jahr</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} im Jahr {1}</translation>
        </message>
        <message>
            <source>{0} from {1} on</source>
            <translation>{0} ab {1}</translation>
        </message>
        <message>
            <source>{0} at least once by {1}</source>
            <translation>{0} mindestens einmal bis {1}</translation>
        </message>
        <message>
            <source>no bust through {0}</source>
            <translation>kein Einbruch bis {0}</translation>
        </message>
        <message>
            <source>bust in {0}</source>
            <translation>Einbruch im Jahr {0}</translation>
        </message>
        <message>
            <source>Move {0} to {1}</source>
            <translation>{0} auf {1} stellen</translation>
        </message>
        <message>
            <source>Type a target, e.g. {0}.</source>
            <translation>Geben Sie ein Ziel ein, z. B. {0}.</translation>
        </message>
        <message>
            <source>Cannot read “{0}”: write FIGURE OP NUMBER [by|from|once by YEAR] or no bust [before|by YEAR], e.g. {1}.</source>
            <translation>„{0}“ ist nicht lesbar: Schreiben Sie GRÖSSE OP ZAHL [bis|ab|einmal bis JAHR] oder kein Einbruch [vor|bis JAHR], z. B. {1}.</translation>
        </message>
        <message>
            <source>Cannot be reached: {0} does not move this figure within its range ({1}), so which way it would have to go cannot be told; try another lever.</source>
            <translation>Nicht erreichbar: {0} bewegt diese Kennzahl in ihrem Bereich ({1}) nicht, daher lässt sich nicht sagen, in welche Richtung der Hebel gehen müsste; versuchen Sie einen anderen Hebel.</translation>
        </message>
        <message>
            <source>Cannot be reached within the range of {0}: it would have to go higher than its maximum of {1}.</source>
            <translation>Im Bereich von {0} nicht erreichbar: Der Wert müsste über sein Maximum von {1} steigen.</translation>
        </message>
        <message>
            <source>Cannot be reached within the range of {0}: it would have to go lower than its minimum of {1}.</source>
            <translation>Im Bereich von {0} nicht erreichbar: Der Wert müsste unter sein Minimum von {1} fallen.</translation>
        </message>
        <message>
            <source>{0} to {1}</source>
            <translation>{0} bis {1}</translation>
        </message>
        <message>
            <source>What would it take: {0} → {1}</source>
            <translation>Was wäre nötig: {0} → {1}</translation>
        </message>
        <message>
            <source>Revenue covers its full cost by a year</source>
            <translation>Umsatz deckt die Vollkosten im Stichjahr</translation>
        </message>
        <message>
            <source>No bust before a year</source>
            <translation>Kein Einbruch vor einem Stichjahr</translation>
        </message>
        <message>
            <source>No US power shortfall in a year</source>
            <translation>Keine US-Stromlücke im Stichjahr</translation>
        </message>
        <message>
            <source>Stress index below a level in every year</source>
            <translation>Stressindex in jedem Jahr unter einer Schwelle</translation>
        </message>
        <message>
            <source>Stress index below a level by a year</source>
            <translation>Stressindex im Stichjahr unter einer Schwelle</translation>
        </message>
    </context>
    <context>
        <name>GoalSeekFeature</name>
        <message>
            <source>What would it &amp;take…</source>
            <translation>&amp;Was wäre nötig…</translation>
        </message>
        <message>
            <source>Find the value of one lever that just reaches a target</source>
            <translation>Den Wert eines Hebels finden, mit dem ein Ziel gerade erreicht wird</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>Custom scenario</source>
            <translation>Eigenes Szenario</translation>
        </message>
        <message>
            <source>Snapshot saved: {0}</source>
            <translation>Momentaufnahme gespeichert: {0}</translation>
        </message>
        <message>
            <source>Compare table</source>
            <translation>Vergleichstabelle</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Session log</source>
            <translation>Sitzungsprotokoll</translation>
        </message>
        <message>
            <source>No snapshot was ticked for comparison.</source>
            <translation>Kein Snapshot war zum Vergleich angehakt.</translation>
        </message>
        <message>
            <source>(no notes)</source>
            <translation>(keine Notizen)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Headline figures before → after</source>
            <translation>Kennzahlen vorher → nachher</translation>
        </message>
        <message>
            <source>(nothing recorded)</source>
            <translation>(nichts aufgezeichnet)</translation>
        </message>
        <message>
            <source>{0} parameters differ; bold: different from the first column.</source>
            <translation>{0} Parameter unterscheiden sich; fett: anders als in der ersten Spalte.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Against the baseline</source>
            <translation>Gegenüber dem Basisszenario</translation>
        </message>
    </context>
    <context>
        <name>HandoutFeature</name>
        <message>
            <source>Export &amp;handout (PDF)…</source>
            <translation>&amp;Handout exportieren (PDF)…</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>PDF-Handout</translation>
        </message>
        <message>
            <source>One PDF to hand out: the verdict, headlines, plots, compare table, notes and session log ({0})</source>
            <translation>Ein PDF zum Mitgeben: Fazit, Kennzahlen, Diagramme, Vergleichstabelle, Notizen und Sitzungsprotokoll ({0})</translation>
        </message>
        <message>
            <source>AI Capex Scenario Explorer — workshop handout</source>
            <translation>AI Capex Scenario Explorer — Workshop-Handout</translation>
        </message>
        <message>
            <source>Current scenario</source>
            <translation>Aktuelles Szenario</translation>
        </message>
        <message>
            <source>Handout not written</source>
            <translation>Handout nicht geschrieben</translation>
        </message>
        <message>
            <source>Wrote the handout {0} ({1} pages)</source>
            <translation>Handout {0} geschrieben ({1} Seiten)</translation>
        </message>
        <message>
            <source>Export handout</source>
            <translation>Handout exportieren</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>HeadlineCard</name>
        <message>
            <source>better than the baseline</source>
            <translation>besser als das Basisszenario</translation>
        </message>
        <message>
            <source>worse than the baseline</source>
            <translation>schlechter als das Basisszenario</translation>
        </message>
        <message>
            <source>neither better nor worse</source>
            <translation>weder besser noch schlechter</translation>
        </message>
        <message>
            <source>AI capex of every region, added up over the years in its name.</source>
            <translation>KI-Investitionen aller Regionen, aufsummiert über die Jahre in ihrem Namen.</translation>
        </message>
        <message>
            <source>The largest gap, in any year, between the power AI needs in the US and the power available to it.</source>
            <translation>Die größte Lücke in einem beliebigen Jahr zwischen dem Strom, den KI in den USA braucht, und dem Strom, der ihr zur Verfügung steht.</translation>
        </message>
        <message>
            <source>The first year from which AI revenue covers the full cost of the installed base, in that year and the next.</source>
            <translation>Das erste Jahr, ab dem der KI-Umsatz die Vollkosten des installierten Bestands deckt, in diesem Jahr und im nächsten.</translation>
        </message>
        <message>
            <source>The largest stock of debt (loans, SPVs, leasing) that finances AI capex, in any year.</source>
            <translation>Der höchste Schuldenstand (Kredite, SPV, Leasing), der KI-Investitionen finanziert, in einem beliebigen Jahr.</translation>
        </message>
        <message>
            <source>The first year investors pull back by half or more: plans are cut, capex falls, books are written down.</source>
            <translation>Das erste Jahr, in dem sich die Investoren zur Hälfte oder mehr zurückziehen: Pläne werden gekürzt, die Investitionen sinken, Buchwerte werden abgeschrieben.</translation>
        </message>
        <message>
            <source>The highest reading of the financial stress index (its own panel) in the scenario's years, the history year left out.</source>
            <translation>Der höchste Wert des Finanzstress-Index (eigenes Diagramm) in den Jahren des Szenarios, ohne das historische Jahr.</translation>
        </message>
        <message>
            <source>earlier only because investors pulled back: not better</source>
            <translation>früher nur, weil Investoren sich zurückzogen: nicht besser</translation>
        </message>
        <message>
            <source>Baseline: {0}; {1}</source>
            <translation>Basisszenario: {0}; {1}</translation>
        </message>
    </context>
    <context>
        <name>HeadlineStrip</name>
        <message>
            <source>Change vs baseline
(grey dashed in plots)</source>
            <translation>Änderung ggü. Basisszenario
(grau gestrichelt)</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>The user's guide is not installed.</source>
            <translation>Die Anleitung ist nicht installiert.</translation>
        </message>
        <message>
            <source>Parameter reference</source>
            <translation>Parameterübersicht</translation>
        </message>
        <message>
            <source>{0} parameters in {1} groups, from the program's parameter table. Values are in the units shown; percentages are entered in %. The equations that use each parameter are in the model documentation.</source>
            <translation>{0} Parameter in {1} Gruppen, aus der Parametertabelle des Programms. Werte in den angegebenen Einheiten; Prozentwerte werden in % eingegeben. Die Gleichungen, die jeden Parameter verwenden, stehen in der Modelldokumentation.</translation>
        </message>
        <message>
            <source>The model documentation is not installed ({0}).</source>
            <translation>Die Modelldokumentation ist nicht installiert ({0}).</translation>
        </message>
        <message>
            <source>The list of sources is not installed ({0}).</source>
            <translation>Die Liste der Quellen ist nicht installiert ({0}).</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standardwert</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Uncertainty bands</source>
            <translation>Unsicherheitsbänder</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
    </context>
    <context>
        <name>HelpFeature</name>
        <message>
            <source>&amp;Help and model documentation</source>
            <translation>&amp;Hilfe und Modelldokumentation</translation>
        </message>
        <message>
            <source>How the model works and every parameter, inside the program</source>
            <translation>Wie das Modell arbeitet und jeder Parameter, im Programm</translation>
        </message>
        <message>
            <source>Help on this &amp;parameter</source>
            <translation>Hilfe zu diesem &amp;Parameter</translation>
        </message>
        <message>
            <source>The reference of the parameter under the mouse or with the keyboard focus</source>
            <translation>Die Beschreibung des Parameters unter der Maus oder mit dem Tastaturfokus</translation>
        </message>
        <message>
            <source>More: Shift+F1, or right-click ▸ Help on this parameter</source>
            <translation>Mehr: Umschalt+F1 oder Rechtsklick ▸ Hilfe zu diesem Parameter</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>Model documentation</source>
            <translation>Modelldokumentation</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>Parameter reference</source>
            <translation>Parameterübersicht</translation>
        </message>
        <message>
            <source>Help on “{0}”</source>
            <translation>Hilfe zu „{0}“</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Help — AI Capex Scenario Explorer</source>
            <translation>Hilfe — AI Capex Scenario Explorer</translation>
        </message>
        <message>
            <source>{0} is part of the project's documentation (docs/), not of the program's help.</source>
            <translation>{0} gehört zur Dokumentation des Projekts (docs/), nicht zur Hilfe des Programms.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Takes effect when you restart the program</source>
            <translation>Wirkt nach einem Neustart des Programms</translation>
        </message>
        <message>
            <source>(takes effect after a restart)</source>
            <translation>(wirkt nach einem Neustart)</translation>
        </message>
        <message>
            <source>{0} chosen, but settings are off in this session, so it is not saved: start the program with --lang {1}.</source>
            <translation>{0} gewählt, aber Einstellungen sind in dieser Sitzung abgeschaltet, daher nicht gespeichert: Starten Sie das Programm mit --lang {1}.</translation>
        </message>
        <message>
            <source>{0} chosen, but not saved yet: {1} Until then, start the program with --lang {2}.</source>
            <translation>{0} gewählt, aber noch nicht gespeichert: {1} Bis dahin starten Sie das Programm mit --lang {2}.</translation>
        </message>
        <message>
            <source>Language: {0} (saved).</source>
            <translation>Sprache: {0} (gespeichert).</translation>
        </message>
        <message>
            <source>Language set to {0}: takes effect when you restart the program.</source>
            <translation>Sprache auf {0} gestellt: wirkt nach einem Neustart des Programms.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>AI Capex Scenario Explorer</source>
            <translation>AI Capex Scenario Explorer</translation>
        </message>
        <message>
            <source>Move a slider; every plot follows. Grey dashed lines are the baseline.</source>
            <translation>Bewegen Sie einen Regler; alle Diagramme folgen. Grau gestrichelt ist das Basisszenario.</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Reset &amp;all</source>
            <translation>&amp;Alles zurücksetzen</translation>
        </message>
        <message>
            <source>Every parameter back to its default</source>
            <translation>Alle Parameter zurück auf ihre Standardwerte</translation>
        </message>
        <message>
            <source>&amp;Export results…</source>
            <translation>Ergebnisse &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Scenario</source>
            <translation>&amp;Szenario</translation>
        </message>
        <message>
            <source>S&amp;napshots</source>
            <translation>&amp;Momentaufnahmen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>A&amp;nalyse</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Workshop</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Parameter panel</source>
            <translation>&amp;Parameterleiste</translation>
        </message>
        <message>
            <source>&amp;Headline figures</source>
            <translation>&amp;Kennzahlen</translation>
        </message>
        <message>
            <source>&amp;Expand all assumption groups</source>
            <translation>Alle Annahmegruppen &amp;aufklappen</translation>
        </message>
        <message>
            <source>&amp;Collapse all assumption groups</source>
            <translation>Alle Annahmegruppen &amp;zuklappen</translation>
        </message>
        <message>
            <source>&amp;Legends</source>
            <translation>&amp;Legenden</translation>
        </message>
        <message>
            <source>Show or hide the plots' legends (L)</source>
            <translation>Legenden der Diagramme ein- oder ausblenden (L)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Über</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source> Preset: </source>
            <translation> Szenario: </translation>
        </message>
        <message>
            <source>Custom scenario</source>
            <translation>Eigenes Szenario</translation>
        </message>
        <message>
            <source>A named scenario: choosing one moves every slider to its values (undo with Ctrl+Z)</source>
            <translation>Ein benanntes Szenario: die Auswahl setzt jeden Regler auf seine Werte (rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Preset: {0}</source>
            <translation>Szenario: {0}</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Ergebnisse exportieren</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>Geschrieben: {0}</translation>
        </message>
        <message>
            <source>About AI Capex Scenario Explorer</source>
            <translation>Über AI Capex Scenario Explorer</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;AI Capex Scenario Explorer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explore where the AI-infrastructure boom can go: capex, power, revenue, financing, macro effects and financial stress, calibrated to the sources S1–S5 and R1–R8 (see the model documentation).&lt;/p&gt;&lt;p&gt;Grey dashed lines show the baseline (the sources' consensus).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;AI Capex Scenario Explorer&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erkunden Sie, wohin der Boom der KI-Infrastruktur führen kann: Investitionen, Strom, Umsatz, Finanzierung, gesamtwirtschaftliche Effekte und Finanzstress, kalibriert auf die Quellen S1–S5 und R1–R8 (siehe Modelldokumentation).&lt;/p&gt;&lt;p&gt;Grau gestrichelte Linien zeigen das Basisszenario (den Konsens der Quellen).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ModelError</name>
        <message>
            <source>{path} does not keep the figure {strip!r} judges; run 'sweep' again with --condition "{strip}"</source>
            <translation>{path} enthält die Größe nicht, die {strip!r} beurteilt; führen Sie 'sweep' erneut mit --condition "{strip}" aus</translation>
        </message>
        <message>
            <source>{name}: column {column} holds a value that is not a finite number (NaN or infinity; the file was changed after 'sweep' wrote it); run 'sweep' again</source>
            <translation>{name}: Spalte {column} enthält einen Wert, der keine endliche Zahl ist (NaN oder unendlich; die Datei wurde geändert, nachdem 'sweep' sie geschrieben hat); führen Sie 'sweep' erneut aus</translation>
        </message>
        <message>
            <source>no scenarios to search: the sweep is empty</source>
            <translation>keine Szenarien zu durchsuchen: der Sweep ist leer</translation>
        </message>
        <message>
            <source>the condition holds in none of the {n} scenarios, so there is no box to find; try a wider range or another condition</source>
            <translation>die Bedingung gilt in keinem der {n} Szenarien, es gibt also keinen Bereich zu finden; versuchen Sie weitere Spannen oder eine andere Bedingung</translation>
        </message>
        <message>
            <source>the condition holds in all {n} scenarios, so no input matters; try a narrower condition or wider ranges</source>
            <translation>die Bedingung gilt in allen {n} Szenarien, keine Annahme macht also einen Unterschied; versuchen Sie eine engere Bedingung oder weitere Spannen</translation>
        </message>
        <message>
            <source>no parameters to vary: name at least one key, or 'all'</source>
            <translation>keine Parameter zu variieren: nennen Sie mindestens einen Schlüssel oder 'all'</translation>
        </message>
        <message>
            <source>unknown parameter {unknown!r}: see 'params' for the keys</source>
            <translation>unbekannter Parameter {unknown!r}: die Schlüssel listet 'params'</translation>
        </message>
        <message>
            <source>a parameter is named twice in the list of parameters to vary</source>
            <translation>ein Parameter steht zweimal in der Liste der zu variierenden Parameter</translation>
        </message>
        <message>
            <source>a range is given for {extra!r}, which is not varied</source>
            <translation>für {extra!r} ist eine Spanne angegeben, der Parameter wird aber nicht variiert</translation>
        </message>
        <message>
            <source>a sweep has at most {MAX_SAMPLES} samples</source>
            <translation>ein Sweep hat höchstens {MAX_SAMPLES} Stichproben</translation>
        </message>
        <message>
            <source>{key}: the range {lo:g} to {hi:g} is empty; the low end must be below the high end (allowed: {range_text})</source>
            <translation>{key}: die Spanne {lo:g} bis {hi:g} ist leer; das untere Ende muss unter dem oberen liegen (erlaubt: {range_text})</translation>
        </message>
        <message>
            <source>chunk size: {chunk_rows} is not allowed (at least 1)</source>
            <translation>Blockgröße: {chunk_rows} ist nicht erlaubt (mindestens 1)</translation>
        </message>
        <message>
            <source>{problem}; give a file written by 'sweep'</source>
            <translation>{problem}; geben Sie eine von 'sweep' geschriebene Datei an</translation>
        </message>
        <message>
            <source>{name}: no such file</source>
            <translation>{name}: diese Datei gibt es nicht</translation>
        </message>
        <message>
            <source>{name}: a Parquet file, but not written by 'sweep'</source>
            <translation>{name}: eine Parquet-Datei, aber nicht von 'sweep' geschrieben</translation>
        </message>
        <message>
            <source>samples: {samples} is not allowed (1 to {MAX_SAMPLES})</source>
            <translation>Stichproben: {samples} ist nicht erlaubt (1 bis {MAX_SAMPLES})</translation>
        </message>
        <message>
            <source>seed: {seed} is not allowed (0 to 2**63 - 1)</source>
            <translation>Startwert: {seed} ist nicht erlaubt (0 bis 2**63 - 1)</translation>
        </message>
        <message>
            <source>{name}: not a readable Parquet file ({exc})</source>
            <translation>{name}: keine lesbare Parquet-Datei ({exc})</translation>
        </message>
        <message>
            <source>{name}: the sweep metadata cannot be read (no entry {args})</source>
            <translation>{name}: die Metadaten des Sweeps sind nicht lesbar (kein Eintrag {args})</translation>
        </message>
        <message>
            <source>{name}: the sweep metadata cannot be read ({text})</source>
            <translation>{name}: die Metadaten des Sweeps sind nicht lesbar ({text})</translation>
        </message>
        <message>
            <source>{name}: the sweep has no column {name2} (the file was changed after 'sweep' wrote it)</source>
            <translation>{name}: der Sweep hat keine Spalte {name2} (die Datei wurde geändert, nachdem 'sweep' sie schrieb)</translation>
        </message>
        <message>
            <source>{name}: column {name2} holds {kind}, not numbers (the file was changed after 'sweep' wrote it)</source>
            <translation>{name}: die Spalte {name2} enthält {kind}, keine Zahlen (die Datei wurde geändert, nachdem 'sweep' sie schrieb)</translation>
        </message>
        <message>
            <source>{path}: the sweep has no column {missing!r}</source>
            <translation>{path}: der Sweep hat keine Spalte {missing!r}</translation>
        </message>
        <message>
            <source>cannot reach the Dask scheduler at {address!r} ({reason}); start one with 'dask scheduler', or use --workers for a local cluster</source>
            <translation>der Dask-Scheduler unter {address!r} ist nicht erreichbar ({reason}); starten Sie einen mit 'dask scheduler' oder nutzen Sie --workers für einen lokalen Cluster</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>{low:g} to {high:g} {unit}</source>
            <translation>{low:g} bis {high:g} {unit}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>{key}: {value} has a decimal comma; write a decimal point, e.g. {pointed} (allowed: {range_text})</source>
            <translation>{key}: {value} hat ein Dezimalkomma; schreiben Sie einen Dezimalpunkt, z. B. {pointed} (erlaubt: {range_text})</translation>
        </message>
        <message>
            <source>{key}: {value} is not a number written with ASCII digits (allowed: {range_text})</source>
            <translation>{key}: {value} ist keine mit Ziffern 0–9 geschriebene Zahl (erlaubt: {range_text})</translation>
        </message>
        <message>
            <source>{key}: {value} is not a finite number (allowed: {range_text})</source>
            <translation>{key}: {value} ist keine endliche Zahl (erlaubt: {range_text})</translation>
        </message>
        <message>
            <source>{key}: {fmt} is outside the allowed range {range_text}</source>
            <translation>{key}: {fmt} liegt außerhalb des erlaubten Bereichs {range_text}</translation>
        </message>
        <message>
            <source>{key}: {value} is {kind}, not a number (write the number without quotes, e.g. {example}; allowed: {range_text})</source>
            <translation>{key}: {value} ist {kind}, keine Zahl (die Zahl ohne Anführungszeichen schreiben, z. B. {example}; erlaubt: {range_text})</translation>
        </message>
        <message>
            <source>{key}: {value} is not a number (allowed: {range_text})</source>
            <translation>{key}: {value} ist keine Zahl (erlaubt: {range_text})</translation>
        </message>
        <message>
            <source>preset {name}</source>
            <translation>Szenario {name}</translation>
        </message>
        <message>
            <source>unknown preset {name!r} (choose from: {choices})</source>
            <translation>unbekanntes Szenario {name!r} (zur Wahl: {choices})</translation>
        </message>
        <message>
            <source>missing field {field!r}</source>
            <translation>das Feld {field!r} fehlt</translation>
        </message>
        <message>
            <source>'name' and 'description' must be text</source>
            <translation>'name' und 'description' müssen Text sein</translation>
        </message>
        <message>
            <source>'name' is {length} characters long (at most {most})</source>
            <translation>'name' ist {length} Zeichen lang (höchstens {most})</translation>
        </message>
        <message>
            <source>'description' holds the invisible character {code} at position {position}; it is text with line breaks and tabs, without other control characters (escape codes, a bell) or direction overrides (U+202A to U+202E, U+2066 to U+2069)</source>
            <translation>'description' enthält das unsichtbare Zeichen {code} an Stelle {position}; das ist Text mit Zeilenumbrüchen und Tabulatoren, ohne andere Steuerzeichen (Escape-Sequenzen, ein Klingelzeichen) und ohne Richtungsumkehrungen (U+202A bis U+202E, U+2066 bis U+2069)</translation>
        </message>
        <message>
            <source>'name' holds the invisible character {code} at position {position}; a preset's name is one line of visible text without control characters (tabs, line breaks, escape codes) or direction overrides (U+202A to U+202E, U+2066 to U+2069)</source>
            <translation>'name' enthält das unsichtbare Zeichen {code} an Stelle {position}; der Name eines Szenarios ist eine Zeile sichtbarer Text ohne Steuerzeichen (Tabulatoren, Zeilenumbrüche, Escape-Sequenzen) und ohne Richtungsumkehrungen (U+202A bis U+202E, U+2066 bis U+2069)</translation>
        </message>
        <message>
            <source>'values' must be an object</source>
            <translation>'values' muss ein Objekt sein</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{where}: {exc}</source>
            <translation>{where}: {exc}</translation>
        </message>
        <message>
            <source>no scenarios given</source>
            <translation>keine Szenarien angegeben</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>keine reguläre Datei</translation>
        </message>
        <message>
            <source>{size:g} MB</source>
            <translation>{size:g} MB</translation>
        </message>
        <message>
            <source>{name}: cannot be read: {reason}</source>
            <translation>{name}: kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>ein Ordner</translation>
        </message>
        <message>
            <source>a pipe (FIFO)</source>
            <translation>eine Pipe (FIFO)</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>ein Gerät</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>snapshot file</source>
            <translation>Momentaufnahme-Datei</translation>
        </message>
        <message>
            <source>session file</source>
            <translation>Sitzungsdatei</translation>
        </message>
        <message>
            <source>session log</source>
            <translation>Protokolldatei</translation>
        </message>
        <message>
            <source>{size:,} bytes</source>
            <translation>{size:,} Byte</translation>
        </message>
        <message>
            <source>{name}: permission denied (cannot read the file)</source>
            <translation>{name}: Zugriff verweigert (die Datei kann nicht gelesen werden)</translation>
        </message>
        <message>
            <source>{name}: a symbolic link that loops (or too many links); not a file</source>
            <translation>{name}: eine symbolische Verknüpfung, die im Kreis führt (oder zu viele Verknüpfungen); keine Datei</translation>
        </message>
        <message>
            <source>{name}: the file name is too long</source>
            <translation>{name}: der Dateiname ist zu lang</translation>
        </message>
        <message>
            <source>{name}: is a folder, not a file</source>
            <translation>{name}: ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>{name}: larger than {size_text} (it grew while being read); refused</source>
            <translation>{name}: größer als {size_text} (sie wuchs beim Lesen); abgelehnt</translation>
        </message>
        <message>
            <source>{name}: not a usable file name ({exc})</source>
            <translation>{name}: kein verwendbarer Dateiname ({exc})</translation>
        </message>
        <message>
            <source>{name}: is {kind}, not a {what}</source>
            <translation>{name}: ist {kind}, keine {what}</translation>
        </message>
        <message>
            <source>{name}: the file is {size_text}; a {what} larger than {size_text2} is refused</source>
            <translation>{name}: die Datei ist {size_text} groß; eine {what} über {size_text2} wird abgelehnt</translation>
        </message>
        <message>
            <source>not a scenario code: a code starts with '{PREFIX}{FORMAT_VERSION}:' (got {text!r})</source>
            <translation>kein Szenariocode: ein Code beginnt mit „{PREFIX}{FORMAT_VERSION}:“ (erhalten: {text!r})</translation>
        </message>
        <message>
            <source>scenario code format {version} is not readable by this program (it reads {PREFIX}{FORMAT_VERSION}: codes); update the program</source>
            <translation>das Szenariocode-Format {version} kann dieses Programm nicht lesen (es liest {PREFIX}{FORMAT_VERSION}:-Codes); aktualisieren Sie das Programm</translation>
        </message>
        <message>
            <source>the scenario code is incomplete (its checksum after the last ':' is missing): copy the whole code</source>
            <translation>der Szenariocode ist unvollständig (die Prüfsumme nach dem letzten „:“ fehlt): kopieren Sie den ganzen Code</translation>
        </message>
        <message>
            <source>the scenario code's checksum does not match: a character was changed, added or lost while copying; copy the whole code again</source>
            <translation>die Prüfsumme des Szenariocodes stimmt nicht: beim Kopieren wurde ein Zeichen verändert, hinzugefügt oder verloren; kopieren Sie den ganzen Code noch einmal</translation>
        </message>
        <message>
            <source>a scenario code is text, not {name}</source>
            <translation>ein Szenariocode ist Text, nicht {name}</translation>
        </message>
        <message>
            <source>cannot make a scenario code: {exc}</source>
            <translation>Szenariocode nicht möglich: {exc}</translation>
        </message>
        <message>
            <source>scenario code item {position} {item!r} is not NUMBER=VALUE</source>
            <translation>Eintrag {position} des Szenariocodes, {item!r}, hat nicht die Form NUMMER=WERT</translation>
        </message>
        <message>
            <source>scenario code item {position}: parameter number {number} is unknown to this program (the code may come from a newer version)</source>
            <translation>Eintrag {position} des Szenariocodes: die Parameternummer {number} kennt dieses Programm nicht (der Code stammt vielleicht aus einer neueren Version)</translation>
        </message>
        <message>
            <source>scenario code item {position}: parameter {key!r} no longer exists in this version of the model</source>
            <translation>Eintrag {position} des Szenariocodes: den Parameter {key!r} gibt es in dieser Version des Modells nicht mehr</translation>
        </message>
        <message>
            <source>scenario code: parameter {key!r} appears twice</source>
            <translation>Szenariocode: der Parameter {key!r} kommt zweimal vor</translation>
        </message>
        <message>
            <source>scenario code: {exc}</source>
            <translation>Szenariocode: {exc}</translation>
        </message>
        <message>
            <source>{text} ({kind})</source>
            <translation>{text} ({kind})</translation>
        </message>
        <message>
            <source>{source_name}: larger than {MAX_BYTES} MB; refused</source>
            <translation>{source_name}: größer als {MAX_BYTES} MB; abgelehnt</translation>
        </message>
        <message>
            <source>{source_name}: the file is empty</source>
            <translation>{source_name}: die Datei ist leer</translation>
        </message>
        <message>
            <source>{source_name}: a binary file, not JSON text</source>
            <translation>{source_name}: eine Binärdatei, kein JSON-Text</translation>
        </message>
        <message>
            <source>{source_name}: JSON nested {depth} levels deep; at most {MAX_DEPTH} levels are accepted</source>
            <translation>{source_name}: JSON {depth} Ebenen tief verschachtelt; höchstens {MAX_DEPTH} Ebenen werden angenommen</translation>
        </message>
        <message>
            <source>{source_name}: the file holds a JSON {json_type}, not a JSON object {{...}}</source>
            <translation>{source_name}: die Datei enthält JSON vom Typ {json_type}, kein JSON-Objekt {{...}}</translation>
        </message>
        <message>
            <source>{source}: not a snapshot (no 'schema_version' and no 'parameters' field)</source>
            <translation>{source}: keine Momentaufnahme (kein Feld 'schema_version' und kein Feld 'parameters')</translation>
        </message>
        <message>
            <source>{source}: schema_version must be a whole number, not {describe}</source>
            <translation>{source}: schema_version muss eine ganze Zahl sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{source}: written by a newer version of the program (snapshot schema version {version}); this program reads schema versions up to {SCHEMA_VERSION} — update the program to open it</source>
            <translation>{source}: von einer neueren Version des Programms geschrieben (Schema-Version {version}); dieses Programm liest Schema-Versionen bis {SCHEMA_VERSION} – aktualisieren Sie das Programm, um sie zu öffnen</translation>
        </message>
        <message>
            <source>{source}: unknown field {unknown} in a snapshot without schema_version (allowed: {join})</source>
            <translation>{source}: unbekanntes Feld {unknown} in einer Momentaufnahme ohne schema_version (erlaubt: {join})</translation>
        </message>
        <message>
            <source>{source}: 'parameters' must be an object, not {describe}</source>
            <translation>{source}: 'parameters' muss ein Objekt sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{source}: unknown field {unknown} (allowed: {join})</source>
            <translation>{source}: unbekanntes Feld {unknown} (erlaubt: {join})</translation>
        </message>
        <message>
            <source>{source}: missing field {missing!r}</source>
            <translation>{source}: das Feld {missing!r} fehlt</translation>
        </message>
        <message>
            <source>{source}: 'name' {problem}</source>
            <translation>{source}: 'name' {problem}</translation>
        </message>
        <message>
            <source>{folder}: cannot remove {name} from this folder: {reason}; the file stays, and the next start offers it again. {remedy}</source>
            <translation>{folder}: {name} kann aus diesem Ordner nicht entfernt werden: {reason}; die Datei bleibt, und der nächste Start bietet sie wieder an. {remedy}</translation>
        </message>
        <message>
            <source>{name}: column {column} holds {value:g}, outside the range {low:g} to {high:g} the sweep varied it over (the file was changed after 'sweep' wrote it); run 'sweep' again</source>
            <translation>{name}: Spalte {column} enthält {value:g}, außerhalb des Bereichs {low:g} bis {high:g}, über den der Sweep sie variiert hat (die Datei wurde geändert, nachdem 'sweep' sie geschrieben hat); führen Sie 'sweep' erneut aus</translation>
        </message>
        <message>
            <source>the note must be text, not {describe}</source>
            <translation>die Notiz muss Text sein, nicht {describe}</translation>
        </message>
        <message>
            <source>the note is {length:,} characters long; a note holds at most {most:,} characters</source>
            <translation>die Notiz ist {length:,} Zeichen lang; eine Notiz fasst höchstens {most:,} Zeichen</translation>
        </message>
        <message>
            <source>the snapshot name {problem}</source>
            <translation>der Name der Momentaufnahme {problem}</translation>
        </message>
        <message>
            <source>must be text, not {describe}</source>
            <translation>muss Text sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>holds text that is not valid Unicode (an unpaired surrogate such as \udcff)</source>
            <translation>enthält Text, der kein gültiges Unicode ist (ein einzelnes Ersatzzeichen wie \udcff)</translation>
        </message>
        <message>
            <source>is {length} characters long (at most {most})</source>
            <translation>ist {length} Zeichen lang (höchstens {most})</translation>
        </message>
        <message>
            <source>holds the invisible character {code} at position {position}; a name is one line of text without control characters (tabs, line breaks, escape codes) or direction overrides (U+202A to U+202E, U+2066 to U+2069)</source>
            <translation>enthält das unsichtbare Zeichen {code} an Stelle {position}; ein Name ist eine Zeile Text ohne Steuerzeichen (Tabulatoren, Zeilenumbrüche, Escape-Sequenzen) und ohne Richtungsumkehrungen (U+202A bis U+202E, U+2066 bis U+2069)</translation>
        </message>
        <message>
            <source>holds only invisible characters (such as zero-width spaces); type a name that can be seen</source>
            <translation>besteht nur aus unsichtbaren Zeichen (etwa Leerzeichen ohne Breite); geben Sie einen sichtbaren Namen ein</translation>
        </message>
        <message>
            <source>{source}: '{key}' must be text, not {describe}</source>
            <translation>{source}: '{key}' muss Text sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{source}: 'created' must be an ISO 8601 time in text, not {describe}</source>
            <translation>{source}: 'created' muss eine Zeit nach ISO 8601 als Text sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{source}: parameters: {key}: {describe} is not a number (allowed: {range_text})</source>
            <translation>{source}: Parameter: {key}: {describe} ist keine Zahl (erlaubt: {range_text})</translation>
        </message>
        <message>
            <source>{source}: 'headlines' must be an object, not {describe}</source>
            <translation>{source}: 'headlines' muss ein Objekt sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{source}: 'compare' must be a list of snapshot file names, not {describe}</source>
            <translation>{source}: 'compare' muss eine Liste von Dateinamen von Momentaufnahmen sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{source}: 'compare' lists {length} snapshots (at most {MAX_COMPARE})</source>
            <translation>{source}: 'compare' nennt {length} Momentaufnahmen (höchstens {MAX_COMPARE})</translation>
        </message>
        <message>
            <source>array [...]</source>
            <translation>Array [...]</translation>
        </message>
        <message>
            <source>object {...}</source>
            <translation>Objekt {...}</translation>
        </message>
        <message>
            <source>string</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>{path}: cannot write the file: {reason}; {kept}. {remedy}</source>
            <translation>{path}: die Datei kann nicht geschrieben werden: {reason}; {kept}. {remedy}</translation>
        </message>
        <message>
            <source>{folder}: cannot create the folder: {reason}. {remedy}</source>
            <translation>{folder}: der Ordner kann nicht angelegt werden: {reason}. {remedy}</translation>
        </message>
        <message>
            <source>nothing was written and the file already there is unchanged</source>
            <translation>es wurde nichts geschrieben, die vorhandene Datei ist unverändert</translation>
        </message>
        <message>
            <source>nothing was written and no file was made</source>
            <translation>es wurde nichts geschrieben und keine Datei angelegt</translation>
        </message>
        <message>
            <source>Move away the file, pipe or link of that name (or of a folder above it) that is in the way, or set {env} to another folder, then try again.</source>
            <translation>Verschieben Sie die Datei, die Pipe oder den Verweis dieses Namens (oder eines Ordners darüber), die im Weg ist, oder setzen Sie {env} auf einen anderen Ordner und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Free some space; it is written again with the next change.</source>
            <translation>Geben Sie Speicherplatz frei; die Datei wird bei der nächsten Änderung erneut geschrieben.</translation>
        </message>
        <message>
            <source>Check that its folder can be written; it is written again with the next change.</source>
            <translation>Prüfen Sie, ob ihr Ordner beschreibbar ist; die Datei wird bei der nächsten Änderung erneut geschrieben.</translation>
        </message>
        <message>
            <source>Free some space or choose another drive, then try again.</source>
            <translation>Geben Sie Speicherplatz frei oder wählen Sie ein anderes Laufwerk und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Choose another folder or name, then try again.</source>
            <translation>Wählen Sie einen anderen Ordner oder Namen und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Free some space, then try again.</source>
            <translation>Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Make it writable, or set {env} to a folder you may write, then try again.</source>
            <translation>Machen Sie ihn beschreibbar oder setzen Sie {env} auf einen Ordner, in den Sie schreiben dürfen, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Move away the folder of that name, or set {env} to another folder, then try again.</source>
            <translation>Verschieben Sie den Ordner dieses Namens oder setzen Sie {env} auf einen anderen Ordner und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>unknown parameter {key} (the program's 'params' command lists them)</source>
            <translation>unbekannter Parameter {key} (der Befehl 'params' des Programms listet sie auf)</translation>
        </message>
        <message>
            <source>the note holds the invisible character {code} at position {position}; a note is text with line breaks and tabs, without other control characters (escape codes, a bell) or direction overrides (U+202A to U+202E, U+2066 to U+2069)</source>
            <translation>die Notiz enthält das unsichtbare Zeichen {code} an Stelle {position}; eine Notiz ist Text mit Zeilenumbrüchen und Tabulatoren, ohne andere Steuerzeichen (Escape-Sequenzen, ein Klingelzeichen) und ohne Richtungsumkehrungen (U+202A bis U+202E, U+2066 bis U+2069)</translation>
        </message>
        <message>
            <source>number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>a JSON {kind}</source>
            <translation>ein JSON-{kind}</translation>
        </message>
        <message>
            <source>snapshot {name}: {exc}</source>
            <translation>Momentaufnahme {name}: {exc}</translation>
        </message>
        <message>
            <source>snapshot {name}: cannot be written: {exc}</source>
            <translation>Momentaufnahme {name}: kann nicht geschrieben werden: {exc}</translation>
        </message>
        <message>
            <source>{source_name}: expected text or bytes</source>
            <translation>{source_name}: Text oder Bytes erwartet</translation>
        </message>
        <message>
            <source>{source_name}: not a valid snapshot (unexpected {name}: {exc})</source>
            <translation>{source_name}: keine gültige Momentaufnahme (unerwartet {name}: {exc})</translation>
        </message>
        <message>
            <source>{source_name}: UTF-16 text without a byte-order mark; save it as UTF-8</source>
            <translation>{source_name}: UTF-16-Text ohne Byte-Order-Mark; speichern Sie ihn als UTF-8</translation>
        </message>
        <message>
            <source>{source_name}: not UTF-8 text (byte {start}): a binary file or another encoding, not JSON text</source>
            <translation>{source_name}: kein UTF-8-Text (Byte {start}): eine Binärdatei oder eine andere Kodierung, kein JSON-Text</translation>
        </message>
        <message>
            <source>{source_name}: the key {args} appears twice</source>
            <translation>{source_name}: der Schlüssel {args} kommt zweimal vor</translation>
        </message>
        <message>
            <source>{source_name}: a whole number of {digits} digits; at most {SNAPSHOT_MAX_INT_DIGITS} digits are accepted</source>
            <translation>{source_name}: eine ganze Zahl mit {digits} Ziffern; höchstens {SNAPSHOT_MAX_INT_DIGITS} Ziffern sind zulässig</translation>
        </message>
        <message>
            <source>{source_name}: {args} is not allowed (numbers must be finite)</source>
            <translation>{source_name}: {args} ist nicht erlaubt (Zahlen müssen endlich sein)</translation>
        </message>
        <message>
            <source>{source_name}: not valid JSON (line {lineno}, column {colno}: {msg}){hint}</source>
            <translation>{source_name}: kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {msg}){hint}</translation>
        </message>
        <message>
            <source>{source_name}: JSON nested too deeply</source>
            <translation>{source_name}: JSON zu tief verschachtelt</translation>
        </message>
        <message>
            <source>{source_name}: not valid JSON ({exc})</source>
            <translation>{source_name}: kein gültiges JSON ({exc})</translation>
        </message>
        <message>
            <source>{source_name}: {key} holds text that is not valid Unicode (an unpaired surrogate such as \ud800)</source>
            <translation>{source_name}: {key} enthält Text, der kein gültiges Unicode ist (ein einzelnes Ersatzzeichen wie \ud800)</translation>
        </message>
        <message>
            <source>{source}: 'created' {value!r} is not an ISO 8601 time (e.g. 2025-05-01T12:00:00Z)</source>
            <translation>{source}: 'created' {value!r} ist keine Zeit nach ISO 8601 (z. B. 2025-05-01T12:00:00Z)</translation>
        </message>
        <message>
            <source>{source}: parameters: {missing!r}{more} missing (a schema version {schema} snapshot lists every parameter)</source>
            <translation>{source}: Parameter: {missing!r}{more} fehlt (eine Momentaufnahme der Schema-Version {schema} nennt jeden Parameter)</translation>
        </message>
        <message>
            <source>{source}: parameters: {key}: the number is far outside the allowed range {range_text}</source>
            <translation>{source}: Parameter: {key}: die Zahl liegt weit außerhalb des erlaubten Bereichs {range_text}</translation>
        </message>
        <message>
            <source>{source}: parameters: {exc}</source>
            <translation>{source}: Parameter: {exc}</translation>
        </message>
        <message>
            <source>{where}: must be an object, not {describe}</source>
            <translation>{where}: muss ein Objekt sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{where}: unknown field {unknown} (allowed: {join})</source>
            <translation>{where}: unbekanntes Feld {unknown} (erlaubt: {join})</translation>
        </message>
        <message>
            <source>{source}: 'compare' entries must be text, not {describe}</source>
            <translation>{source}: die Einträge von 'compare' müssen Text sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{source}: 'compare' entry {item} is not valid Unicode (an unpaired surrogate)</source>
            <translation>{source}: der Eintrag {item} von 'compare' ist kein gültiges Unicode (ein einzelnes Ersatzzeichen)</translation>
        </message>
        <message>
            <source>{source_name}: not {codec} text, although it begins with that byte-order mark</source>
            <translation>{source_name}: kein {codec}-Text, obwohl die Datei mit dieser Byte-Order-Mark beginnt</translation>
        </message>
        <message>
            <source>{source_name}: {key}: a whole number of {digits} digits; at most {SNAPSHOT_MAX_INT_DIGITS} digits are accepted</source>
            <translation>{source_name}: {key}: eine ganze Zahl mit {digits} Ziffern; höchstens {SNAPSHOT_MAX_INT_DIGITS} Ziffern sind zulässig</translation>
        </message>
        <message>
            <source>{source_name}: {key}: {args} is not allowed (numbers must be finite)</source>
            <translation>{source_name}: {key}: {args} ist nicht erlaubt (Zahlen müssen endlich sein)</translation>
        </message>
        <message>
            <source> — the file looks truncated</source>
            <translation> – die Datei scheint abgeschnitten</translation>
        </message>
        <message>
            <source>{where}: value must be a number or null, not {describe}</source>
            <translation>{where}: value muss eine Zahl oder null sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{where}: value is not a finite number</source>
            <translation>{where}: value ist keine endliche Zahl</translation>
        </message>
        <message>
            <source>{where}: {name} must be text, not {describe}</source>
            <translation>{where}: {name} muss Text sein, ist aber {describe}</translation>
        </message>
        <message>
            <source>{folder}: no free file name for {stem!r}</source>
            <translation>{folder}: kein freier Dateiname für {stem!r}</translation>
        </message>
        <message>
            <source>{folder}: no free file name for {name}</source>
            <translation>{folder}: kein freier Dateiname für {name}</translation>
        </message>
        <message>
            <source>a note is text, not {name}</source>
            <translation>eine Notiz ist Text, nicht {name}</translation>
        </message>
        <message>
            <source>{folder}: is a symbolic link, not a folder of its own; the trash is emptied only in its own folder, so nothing was deleted. Replace the link with a folder</source>
            <translation>{folder}: ist eine symbolische Verknüpfung, kein eigener Ordner; der Papierkorb wird nur in seinem eigenen Ordner geleert, daher wurde nichts gelöscht. Ersetzen Sie die Verknüpfung durch einen Ordner</translation>
        </message>
        <message>
            <source>{path}: not a snapshot file of the folder {folder}</source>
            <translation>{path}: keine Momentaufnahme-Datei des Ordners {folder}</translation>
        </message>
        <message>
            <source>{path}: no longer exists (deleted or moved by another window?)</source>
            <translation>{path}: existiert nicht mehr (in einem anderen Fenster gelöscht oder verschoben?)</translation>
        </message>
        <message>
            <source>{path}: not an autosave file</source>
            <translation>{path}: keine automatisch gesicherte Datei</translation>
        </message>
        <message>
            <source>{path}: autosave schema version {version!r} is not one this program reads (1 to {AUTOSAVE_SCHEMA_VERSION})</source>
            <translation>{path}: die Schema-Version {version!r} der automatischen Sicherung liest dieses Programm nicht (1 bis {AUTOSAVE_SCHEMA_VERSION})</translation>
        </message>
        <message>
            <source>{path}: no parameters</source>
            <translation>{path}: keine Parameter</translation>
        </message>
        <message>
            <source>{source}: schema_version {version} is not valid: this program reads schema versions 0 to {SCHEMA_VERSION}</source>
            <translation>{source}: schema_version {version} ist ungültig: dieses Programm liest die Schemaversionen 0 bis {SCHEMA_VERSION}</translation>
        </message>
        <message>
            <source>{path}: cannot delete: {value}</source>
            <translation>{path}: kann nicht gelöscht werden: {value}</translation>
        </message>
        <message>
            <source>{source}: no longer exists (deleted or moved by another window?)</source>
            <translation>{source}: existiert nicht mehr (in einem anderen Fenster gelöscht oder verschoben?)</translation>
        </message>
        <message>
            <source>{source}: cannot move to {folder}: {value}</source>
            <translation>{source}: kann nicht nach {folder} verschoben werden: {value}</translation>
        </message>
        <message>
            <source>{path}: not a session file (a JSON object is expected); not read</source>
            <translation>{path}: keine Sitzungsdatei (ein JSON-Objekt wird erwartet); nicht gelesen</translation>
        </message>
        <message>
            <source>{problem}; not read</source>
            <translation>{problem}; nicht gelesen</translation>
        </message>
        <message>
            <source>values must be an object of parameter: number</source>
            <translation>die Werte müssen ein Objekt aus Parameter: Zahl sein</translation>
        </message>
        <message>
            <source>{path}: {key} dropped (a list of at most {most} plain names, without folders, is expected)</source>
            <translation>{path}: {key} verworfen (erwartet wird eine Liste von höchstens {most} einfachen Namen ohne Ordner)</translation>
        </message>
        <message>
            <source>{name}: is a symbolic link; the session log is not written through a link (the file it points to is left as it is)</source>
            <translation>{name}: ist eine symbolische Verknüpfung; das Sitzungsprotokoll wird nicht durch eine Verknüpfung geschrieben (die Datei, auf die sie zeigt, bleibt, wie sie ist)</translation>
        </message>
        <message>
            <source>{problem}; this session's log is kept in memory only</source>
            <translation>{problem}; das Protokoll dieser Sitzung wird nur im Arbeitsspeicher gehalten</translation>
        </message>
        <message>
            <source>{path}: values dropped ({problem})</source>
            <translation>{path}: Werte verworfen ({problem})</translation>
        </message>
        <message>
            <source>{path}: value dropped ({problem})</source>
            <translation>{path}: Wert verworfen ({problem})</translation>
        </message>
        <message>
            <source>storyline {name}</source>
            <translation>Geführte Runde {name}</translation>
        </message>
        <message>
            <source>{where} ({title})</source>
            <translation>{where} ({title})</translation>
        </message>
        <message>
            <source>{where}: the file must hold a JSON object with 'title', 'description' and 'steps'</source>
            <translation>{where}: die Datei muss ein JSON-Objekt mit 'title', 'description' und 'steps' enthalten</translation>
        </message>
        <message>
            <source>{where}: 'steps' must be a non-empty list of step objects</source>
            <translation>{where}: 'steps' muss eine nicht leere Liste von Schritt-Objekten sein</translation>
        </message>
        <message>
            <source>{where}: {key!r} must be a non-empty text</source>
            <translation>{where}: {key!r} muss ein nicht leerer Text sein</translation>
        </message>
        <message>
            <source>{where}: 'title' is {length} characters long; a title is at most {STORYLINE_TITLE_MAX_CHARS} characters</source>
            <translation>{where}: 'title' ist {length} Zeichen lang; ein Titel hat höchstens {STORYLINE_TITLE_MAX_CHARS} Zeichen</translation>
        </message>
        <message>
            <source>{where}: 'title' holds the invisible character {code} at position {position}; a title is one line of text without control characters (tabs, line breaks, escape codes) or direction overrides (U+202A to U+202E, U+2066 to U+2069)</source>
            <translation>{where}: 'title' enthält das unsichtbare Zeichen {code} an Stelle {position}; ein Titel ist eine Zeile Text ohne Steuerzeichen (Tabulatoren, Zeilenumbrüche, Escape-Sequenzen) und ohne Richtungsumkehrungen (U+202A bis U+202E, U+2066 bis U+2069)</translation>
        </message>
        <message>
            <source>{where}: {key!r} holds the invisible character {code} at position {position}; it is text with line breaks and tabs, without other control characters (escape codes, a bell) or direction overrides (U+202A to U+202E, U+2066 to U+2069)</source>
            <translation>{where}: {key!r} enthält das unsichtbare Zeichen {code} an Stelle {position}; das ist Text mit Zeilenumbrüchen und Tabulatoren, ohne andere Steuerzeichen (Escape-Sequenzen, ein Klingelzeichen) und ohne Richtungsumkehrungen (U+202A bis U+202E, U+2066 bis U+2069)</translation>
        </message>
        <message>
            <source>{where}: a step must be a JSON object with 'title' and 'narration'</source>
            <translation>{where}: ein Schritt muss ein JSON-Objekt mit 'title' und 'narration' sein</translation>
        </message>
        <message>
            <source>{where}: 'values' must be an object of parameter key -&gt; number</source>
            <translation>{where}: 'values' muss ein Objekt aus Parameterschlüssel -&gt; Zahl sein</translation>
        </message>
        <message>
            <source>{where}: 'panels' must be a list of panel names ({join})</source>
            <translation>{where}: 'panels' muss eine Liste von Diagrammnamen sein ({join})</translation>
        </message>
        <message>
            <source>{where}: unknown panel {bad} (choose from: {join})</source>
            <translation>{where}: unbekanntes Diagramm {bad} (zur Wahl: {join})</translation>
        </message>
        <message>
            <source>{where}: 'panels' lists 1 to {MAX_PANELS} different panels</source>
            <translation>{where}: 'panels' nennt 1 bis {MAX_PANELS} verschiedene Diagramme</translation>
        </message>
        <message>
            <source>{where}: 'preset' must be a preset name</source>
            <translation>{where}: 'preset' muss der Name eines Szenarios sein</translation>
        </message>
        <message>
            <source>{where}, step {n}</source>
            <translation>{where}, Schritt {n}</translation>
        </message>
    </context>
    <context>
        <name>ModelText</name>
        <message>
            <source>${0}T</source>
            <translation>{0} Bio. $</translation>
        </message>
        <message>
            <source>${0}B</source>
            <translation>{0} Mrd. $</translation>
        </message>
        <message>
            <source>{0} yr</source>
            <translation>{0} J.</translation>
        </message>
        <message>
            <source>year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Capex growth</source>
            <translation>Investitionswachstum</translation>
        </message>
        <message>
            <source>% per year</source>
            <translation>% pro Jahr</translation>
        </message>
        <message>
            <source>Near-term growth of planned AI capex in 2025 and 2026, before it fades toward the long-run rate. The six largest US firms went from about $360B (2025) to about $600B signalled (2026), +67%; the big four from $228B (2024) to over $400B (2025), +75%.</source>
            <translation>Kurzfristiges Wachstum der geplanten KI-Investitionen 2025 und 2026, bevor es zur langfristigen Rate abklingt. Die sechs größten US-Konzerne gingen von etwa 360 Mrd. $ (2025) auf etwa 600 Mrd. $ angekündigt (2026), +67 %; die großen vier von 228 Mrd. $ (2024) auf über 400 Mrd. $ (2025), +75 %.</translation>
        </message>
        <message>
            <source>Monetization speed</source>
            <translation>Monetarisierungstempo</translation>
        </message>
        <message>
            <source>How fast AI revenue spreads by imitation: the Bass imitation coefficient q (R7 fits 30-50%). At 40% AI revenue reaches half its long-run potential around 2033; at 20% around 2040.</source>
            <translation>Wie schnell sich KI-Umsatz durch Nachahmung ausbreitet: der Imitationskoeffizient q des Bass-Modells (R7 schätzt 30–50 %). Bei 40 % erreicht der KI-Umsatz um 2033 die Hälfte seines langfristigen Potenzials, bei 20 % um 2040.</translation>
        </message>
        <message>
            <source>Power build-out</source>
            <translation>Stromausbau</translation>
        </message>
        <message>
            <source>GW per year</source>
            <translation>GW pro Jahr</translation>
        </message>
        <message>
            <source>Long-run capex growth</source>
            <translation>Langfristiges Investitionswachstum</translation>
        </message>
        <message>
            <source>assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <source>Capex surge half-life</source>
            <translation>Halbwertszeit des Investitionsschubs</translation>
        </message>
        <message>
            <source>years</source>
            <translation>Jahre</translation>
        </message>
        <message>
            <source>Half-life of the gap between near-term and long-run capex growth, counted from 2026. Short: the surge ends quickly; long: it carries on.</source>
            <translation>Halbwertszeit des Abstands zwischen kurz- und langfristigem Investitionswachstum, gezählt ab 2026. Kurz: Der Schub endet rasch; lang: Er hält an.</translation>
        </message>
        <message>
            <source>Backlog cancellation</source>
            <translation>Stornierung des Rückstaus</translation>
        </message>
        <message>
            <source>Share of capex deferred for lack of power that is abandoned each year instead of being carried forward. Cancelled capex is reported, never dropped silently.</source>
            <translation>Anteil der mangels Strom aufgeschobenen Investitionen, der jedes Jahr aufgegeben statt vorgetragen wird. Stornierte Investitionen werden ausgewiesen, nie stillschweigend gestrichen.</translation>
        </message>
        <message>
            <source>US AI power 2024</source>
            <translation>US-KI-Stromleistung 2024</translation>
        </message>
        <message>
            <source>GW</source>
            <translation>GW</translation>
        </message>
        <message>
            <source>US queued build-out</source>
            <translation>US-Ausbau aus der Warteschlange</translation>
        </message>
        <message>
            <source>US data-centre power already in the interconnection queue, connected per year before a changed build-out takes effect.</source>
            <translation>Rechenzentrumsleistung, die in den USA schon in der Netzanschluss-Warteschlange steht und pro Jahr angeschlossen wird, bevor ein geänderter Ausbau wirkt.</translation>
        </message>
        <message>
            <source>Interconnection lag</source>
            <translation>Verzögerung Netzanschluss</translation>
        </message>
        <message>
            <source>Years before a changed US power build-out is fully in effect: the median wait in US interconnection queues is about 5 years; 4-7 years for loads over 100 MW in Virginia.</source>
            <translation>Jahre, bis ein geänderter US-Stromausbau voll wirkt: Die mittlere Wartezeit in den US-Netzanschluss-Warteschlangen liegt bei etwa 5 Jahren; 4–7 Jahre für Lasten über 100 MW in Virginia.</translation>
        </message>
        <message>
            <source>Power price</source>
            <translation>Strompreis</translation>
        </message>
        <message>
            <source>$ per MWh</source>
            <translation>$ pro MWh</translation>
        </message>
        <message>
            <source>Utilisation</source>
            <translation>Auslastung</translation>
        </message>
        <message>
            <source>Average load of installed AI power over the year: sets the energy bill and how much of its revenue capacity the installed compute delivers.</source>
            <translation>Mittlere Auslastung der installierten KI-Leistung über das Jahr: bestimmt die Stromrechnung und wie viel ihrer Umsatzkapazität die installierte Rechenleistung liefert.</translation>
        </message>
        <message>
            <source>Capex per GW</source>
            <translation>Investitionen pro GW</translation>
        </message>
        <message>
            <source>$B per GW</source>
            <translation>Mrd. $ pro GW</translation>
        </message>
        <message>
            <source>All-in capex per GW of AI IT load, chips included (about a quarter of it is the facility).</source>
            <translation>Gesamtinvestition pro GW KI-IT-Last, Chips eingeschlossen (etwa ein Viertel davon entfällt auf das Gebäude).</translation>
        </message>
        <message>
            <source>Capex per GW growth</source>
            <translation>Anstieg der Investitionen pro GW</translation>
        </message>
        <message>
            <source>Useful life</source>
            <translation>Nutzungsdauer</translation>
        </message>
        <message>
            <source>Hardware efficiency gain</source>
            <translation>Effizienzgewinn der Hardware</translation>
        </message>
        <message>
            <source>Revenue capacity per GW</source>
            <translation>Umsatzkapazität pro GW</translation>
        </message>
        <message>
            <source>$B per GW-year</source>
            <translation>Mrd. $ pro GW-Jahr</translation>
        </message>
        <message>
            <source>AI revenue one GW of 2024-vintage hardware can serve in a year at full use; caps revenue at what the installed compute can deliver.</source>
            <translation>KI-Umsatz, den ein GW Hardware des Jahrgangs 2024 bei voller Auslastung in einem Jahr bedienen kann; begrenzt den Umsatz auf das, was die installierte Rechenleistung liefern kann.</translation>
        </message>
        <message>
            <source>Accelerator share of capex</source>
            <translation>Anteil Beschleuniger an Investitionen</translation>
        </message>
        <message>
            <source>Share of AI capex spent on GPUs and other accelerators: the 'GPU spend' of the R1 method. Half is an assumption that puts 2024's GPU spend near R1's $150B run-rate of late 2024.</source>
            <translation>Anteil der KI-Investitionen, der auf GPUs und andere Beschleuniger entfällt: die „GPU-Ausgaben“ der R1-Methode. Die Hälfte ist eine Annahme, die die GPU-Ausgaben 2024 nahe an die von R1 genannte Jahresrate von 150 Mrd. $ Ende 2024 bringt.</translation>
        </message>
        <message>
            <source>AI revenue 2024</source>
            <translation>KI-Umsatz 2024</translation>
        </message>
        <message>
            <source>$B per year</source>
            <translation>Mrd. $ pro Jahr</translation>
        </message>
        <message>
            <source>Identified AI revenue in 2024 (model labs, cloud AI services, AI features). OpenAI about $3.7B, Microsoft AI about $13B annualised in Jan 2025; R1 counts about $100B identified.</source>
            <translation>Ausgewiesener KI-Umsatz 2024 (Modellanbieter, Cloud-KI-Dienste, KI-Funktionen). OpenAI etwa 3,7 Mrd. $, Microsoft-KI etwa 13 Mrd. $ auf Jahresbasis im Januar 2025; R1 zählt etwa 100 Mrd. $ ausgewiesenen Umsatz.</translation>
        </message>
        <message>
            <source>Long-run revenue potential</source>
            <translation>Langfristiges Umsatzpotenzial</translation>
        </message>
        <message>
            <source>AI revenue at full adoption, in 2024 dollars; grows with nominal GDP.</source>
            <translation>KI-Umsatz bei voller Verbreitung, in Dollar von 2024; wächst mit dem nominalen BIP.</translation>
        </message>
        <message>
            <source>Spontaneous adoption</source>
            <translation>Spontane Verbreitung</translation>
        </message>
        <message>
            <source>Bass innovation coefficient p: adoption that does not depend on how many already use AI.</source>
            <translation>Innovationskoeffizient p des Bass-Modells: Verbreitung, die nicht davon abhängt, wie viele KI schon nutzen.</translation>
        </message>
        <message>
            <source>Circular-deal share</source>
            <translation>Anteil Kreisgeschäfte</translation>
        </message>
        <message>
            <source>Share of reported AI revenue that is round-tripped: money an investor puts into a customer that comes back as its cloud or chip revenue.</source>
            <translation>Anteil des ausgewiesenen KI-Umsatzes, der im Kreis fließt: Geld, das ein Investor in einen Kunden steckt und das als dessen Cloud- oder Chip-Umsatz zurückkommt.</translation>
        </message>
        <message>
            <source>Investor look-through</source>
            <translation>Durchsicht der Investoren</translation>
        </message>
        <message>
            <source>How much of the circular revenue investors strip out when they judge whether revenue covers the spend. 100% = investors count only organic revenue.</source>
            <translation>Wie viel des zirkulären Umsatzes Investoren herausrechnen, wenn sie beurteilen, ob der Umsatz die Ausgaben deckt. 100 % = Investoren zählen nur organischen Umsatz.</translation>
        </message>
        <message>
            <source>Builders' EBITDA 2024</source>
            <translation>EBITDA der Erbauer 2024</translation>
        </message>
        <message>
            <source>EBITDA of the firms building AI infrastructure in 2024 (big four, Oracle and the neoclouds), before AI revenue.</source>
            <translation>EBITDA der Unternehmen, die 2024 KI-Infrastruktur bauen (die großen vier, Oracle und die Neoclouds), ohne KI-Umsatz.</translation>
        </message>
        <message>
            <source>EBITDA growth</source>
            <translation>EBITDA-Wachstum</translation>
        </message>
        <message>
            <source>Growth of the builders' non-AI EBITDA.</source>
            <translation>Wachstum des EBITDA der Erbauer außerhalb von KI.</translation>
        </message>
        <message>
            <source>AI EBITDA margin</source>
            <translation>KI-EBITDA-Marge</translation>
        </message>
        <message>
            <source>EBITDA margin the builders earn on AI revenue.</source>
            <translation>EBITDA-Marge, die die Erbauer auf KI-Umsatz erzielen.</translation>
        </message>
        <message>
            <source>Cash for AI capex</source>
            <translation>Eigene Mittel für KI-Investitionen</translation>
        </message>
        <message>
            <source>% of EBITDA</source>
            <translation>% des EBITDA</translation>
        </message>
        <message>
            <source>Share of EBITDA the builders put into AI capex before they borrow; the year's interest is paid out of it first. The hyperscalers keep more as their debt nears 3× EBITDA, where investment grade ends (all of it from there): payouts give way. Microsoft and Meta spend more than a third of revenue on capex.</source>
            <translation>Anteil des EBITDA, den die Erbauer in KI-Investitionen stecken, bevor sie Kredit aufnehmen; die Zinsen des Jahres werden zuerst daraus bezahlt. Die Hyperscaler behalten mehr davon ein, je näher ihre Schulden dem 3-Fachen des EBITDA kommen, wo das Investment-Grade-Rating endet (ab dort alles): Ausschüttungen treten zurück. Microsoft und Meta investieren mehr als ein Drittel ihres Umsatzes.</translation>
        </message>
        <message>
            <source>Mix: debt issuance</source>
            <translation>Mix: Anleihen und Kredite</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Weight of corporate bond and loan issuance in the external financing of capex.</source>
            <translation>Gewicht von Unternehmensanleihen und Krediten in der Außenfinanzierung der Investitionen.</translation>
        </message>
        <message>
            <source>Mix: equity issuance</source>
            <translation>Mix: Aktienemission</translation>
        </message>
        <message>
            <source>Weight of new shares (including convertible bonds counted as equity) in the external financing.</source>
            <translation>Gewicht neuer Aktien (einschließlich als Eigenkapital gezählter Wandelanleihen) in der Außenfinanzierung.</translation>
        </message>
        <message>
            <source>Mix: SPVs and private credit</source>
            <translation>Mix: Zweckgesellschaften, Privatkredite</translation>
        </message>
        <message>
            <source>Weight of special-purpose vehicles and private credit in the external financing.</source>
            <translation>Gewicht von Zweckgesellschaften und Privatkrediten (Private Credit) in der Außenfinanzierung.</translation>
        </message>
        <message>
            <source>Mix: leasing and asset-backed</source>
            <translation>Mix: Leasing, forderungsbesichert</translation>
        </message>
        <message>
            <source>Weight of leases and asset-backed vehicles in the external financing.</source>
            <translation>Gewicht von Leasing und forderungsbesicherten Vehikeln in der Außenfinanzierung.</translation>
        </message>
        <message>
            <source>Mix: cloud commitments</source>
            <translation>Mix: Cloud-Zusagen</translation>
        </message>
        <message>
            <source>Weight of customers' prepaid cloud-consumption commitments in the external financing.</source>
            <translation>Gewicht der vorausbezahlten Cloud-Abnahmezusagen von Kunden in der Außenfinanzierung.</translation>
        </message>
        <message>
            <source>AI-related debt 2024</source>
            <translation>KI-bezogene Schulden 2024</translation>
        </message>
        <message>
            <source>$B</source>
            <translation>Mrd. $</translation>
        </message>
        <message>
            <source>Interest-bearing debt of the builders attributable to AI at the start of 2024 (bonds, private credit, leases).</source>
            <translation>Verzinsliche Schulden der Erbauer, die Anfang 2024 der KI zuzurechnen sind (Anleihen, Privatkredite, Leasing).</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Zinssatz</translation>
        </message>
        <message>
            <source>Debt amortisation</source>
            <translation>Tilgung</translation>
        </message>
        <message>
            <source>Cost of capital</source>
            <translation>Kapitalkosten</translation>
        </message>
        <message>
            <source>Patience threshold</source>
            <translation>Geduldsschwelle</translation>
        </message>
        <message>
            <source>Investor patience</source>
            <translation>Geduld der Investoren</translation>
        </message>
        <message>
            <source>gap-years</source>
            <translation>Lückenjahre</translation>
        </message>
        <message>
            <source>How much shortfall investors tolerate before they cut capex: one gap-year is a full year with no coverage at all; a year at half the threshold counts half.</source>
            <translation>Wie viel Unterdeckung Investoren hinnehmen, bevor sie Investitionen kürzen: Ein Lückenjahr ist ein volles Jahr ganz ohne Deckung; ein Jahr bei halber Schwelle zählt halb.</translation>
        </message>
        <message>
            <source>How much builders lift their plans above trend when the installed compute earns more than investors require: the lift is this share of the economic profit (the revenue investors count above the full cost, or above the patience threshold if that is higher, as a share of that revenue). At 50%, a year in which a fifth of the counted revenue is profit lifts next year's plans by 10%. The lift fades with the profit and with crowding out. 0% = plans ignore profits (the model before schema 4).</source>
            <translation>Wie stark die Bauherren ihre Pläne über den Trend anheben, wenn die installierte Rechenleistung mehr einbringt, als die Investoren verlangen: Die Anhebung ist dieser Anteil des ökonomischen Gewinns (der Umsatz, den die Investoren über den Vollkosten zählen – oder über der Geduldsschwelle, wenn diese höher ist –, als Anteil an diesem Umsatz). Bei 50 % hebt ein Jahr, in dem ein Fünftel des gezählten Umsatzes Gewinn ist, die Pläne des nächsten Jahres um 10 % an. Die Anhebung schwindet mit dem Gewinn und mit der Verdrängung. 0 % = die Pläne übersehen Gewinne (das Modell vor Schema 4).</translation>
        </message>
        <message>
            <source>Bust severity</source>
            <translation>Schwere des Einbruchs</translation>
        </message>
        <message>
            <source>How deep planned capex is cut in the year after investors lose patience.</source>
            <translation>Wie stark die geplanten Investitionen im Jahr nach dem Verlust der Investorengeduld gekürzt werden.</translation>
        </message>
        <message>
            <source>US GDP 2024</source>
            <translation>US-BIP 2024</translation>
        </message>
        <message>
            <source>US nominal GDP in 2024 (BEA: about $29.2 trillion).</source>
            <translation>Nominales BIP der USA 2024 (BEA: etwa 29,2 Billionen $).</translation>
        </message>
        <message>
            <source>GDP growth</source>
            <translation>BIP-Wachstum</translation>
        </message>
        <message>
            <source>US nominal GDP growth; also grows the AI revenue potential.</source>
            <translation>Wachstum des nominalen US-BIP; lässt auch das KI-Umsatzpotenzial wachsen.</translation>
        </message>
        <message>
            <source>AI capex breadth</source>
            <translation>Breite der KI-Investitionen</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Yearly rise in all-in capex per GW of IT load in 2024: each accelerator generation costs more per GW than the last. The rise slows with the hardware progress half-life (Nvidia: $50-60B per GW for 2026-27 systems). It also raises the price of compute, which follows the cost of new compute: where compute is scarce all of it earns more, so revenue rises with this rate, while a higher capex per GW only buys fewer GW and lowers revenue.</source>
            <translation>Jährlicher Anstieg der Gesamtinvestition pro GW IT-Last im Jahr 2024: Jede Beschleunigergeneration kostet pro GW mehr als die vorige. Der Anstieg verlangsamt sich mit der Halbwertszeit des Hardwarefortschritts (Nvidia: 50–60 Mrd. $ pro GW für Systeme von 2026–27). Er hebt auch den Preis für Rechenleistung, der den Kosten neuer Rechenleistung folgt: Wo Rechenleistung knapp ist, verdient die gesamte mehr, sodass der Umsatz mit dieser Rate steigt, während höhere Investitionen pro GW nur weniger GW kaufen und den Umsatz senken.</translation>
        </message>
        <message>
            <source>Years a vintage of servers and accelerators serves before it retires and frees its power; also their depreciation life unless the depreciation life is set shorter (its share of the useful life under 100 %). Hyperscaler accounts use 5-6 years; critics argue 2-3 years of economic life.</source>
            <translation>Jahre, die ein Jahrgang von Servern und Beschleunigern im Einsatz ist, bevor er ausscheidet und seinen Strom freigibt; zugleich seine Abschreibungsdauer, sofern diese nicht kürzer gesetzt ist (ihr Anteil an der Nutzungsdauer unter 100 %). Hyperscaler bilanzieren 5–6 Jahre; Kritiker sehen 2–3 Jahre wirtschaftliche Lebensdauer.</translation>
        </message>
        <message>
            <source>Book life ÷ useful life</source>
            <translation>Abschreibdauer ÷ Nutzungsdauer</translation>
        </message>
        <message>
            <source>Years over which builders write their hardware off, as a share of its useful life (never under 2 years). Below 100 % the books are restated as the 2025 critics asked (accelerators written off in 2-3 years while they serve 5-6): the hardware serves as long, but depreciation comes sooner, so the full cost investors judge rises early and the collateral's book value falls faster.</source>
            <translation>Jahre, über die die Erbauer ihre Hardware abschreiben, als Anteil an ihrer Nutzungsdauer (nie unter 2 Jahren). Unter 100 % werden die Bücher so gestellt, wie es die Kritiker 2025 forderten (Beschleuniger in 2–3 Jahren abgeschrieben, obwohl sie 5–6 Jahre laufen): Die Hardware läuft gleich lange, aber die Abschreibung kommt früher, sodass die von Investoren beurteilten Vollkosten früh steigen und der Buchwert der Sicherheiten schneller sinkt.</translation>
        </message>
        <message>
            <source>Share of the debt stock repaid each year, by the hyperscalers out of their cash flow (the second tier repays at least as fast as its hardware depreciates).</source>
            <translation>Anteil des Schuldenbestands, der jedes Jahr getilgt wird, von den Hyperscalern aus ihrem Cashflow (die zweite Reihe tilgt mindestens so schnell, wie ihre Hardware abgeschrieben wird).</translation>
        </message>
        <message>
            <source>Debt the cash-rich hyperscalers will carry, as a multiple of their EBITDA at their calm borrowing rate of 7 % (about 3× is where investment grade ends); at a dearer rate lenders keep the same interest cover and lend less. Lenders stop here; payouts give way from 3× whatever the limit.</source>
            <translation>Schulden, die die finanzstarken Hyperscaler tragen, als Vielfaches ihres EBITDA bei ihrem ruhigen Zinssatz von 7 % (bei etwa 3× endet das Investment-Grade-Rating); bei teurerem Geld halten die Kreditgeber dieselbe Zinsdeckung und leihen weniger. Hier hören die Kreditgeber auf; die Ausschüttungen treten ab 3× zurück, wo auch immer die Grenze liegt.</translation>
        </message>
        <message>
            <source>Spread over the interest rate in calm markets, a high-yield level: the second tier pays it, widened by its leverage and in a pull-back; the investment-grade hyperscalers pay a third of it. The cost of capital moves one for one with it from 3%; wide spreads shut credit.</source>
            <translation>Aufschlag auf den Zinssatz in ruhigen Märkten, auf Hochzins-Niveau: Die zweite Reihe zahlt ihn, ausgeweitet durch ihre Verschuldung und beim Rückzug der Investoren; die Hyperscaler mit Investment-Grade-Rating zahlen ein Drittel davon. Die Kapitalkosten bewegen sich ab 3 % eins zu eins mit ihm; hohe Aufschläge versperren den Zugang zu Krediten.</translation>
        </message>
        <message>
            <source>Investment multiplier</source>
            <translation>Investitionsmultiplikator</translation>
        </message>
        <message>
            <source>Spending multiplier on the domestic part of the change in AI-related investment.</source>
            <translation>Ausgabenmultiplikator auf den inländischen Teil der Änderung der KI-bezogenen Investitionen.</translation>
        </message>
        <message>
            <source>US capex 2024</source>
            <translation>US-Investitionen 2024</translation>
        </message>
        <message>
            <source>US hyperscaler AI capex in 2024. The big four spent about $228B in 2024 in all, not all of it on AI.</source>
            <translation>KI-Investitionen der US-Hyperscaler 2024. Die großen vier investierten 2024 insgesamt etwa 228 Mrd. $, nicht alles davon in KI.</translation>
        </message>
        <message>
            <source>China capex 2024</source>
            <translation>Investitionen China 2024</translation>
        </message>
        <message>
            <source>Chinese AI capex in 2024: Alibaba about $52B over three years, ByteDance about $20B in 2025, Tencent $10.7B in 2024.</source>
            <translation>Chinesische KI-Investitionen 2024: Alibaba etwa 52 Mrd. $ über drei Jahre, ByteDance etwa 20 Mrd. $ im Jahr 2025, Tencent 10,7 Mrd. $ im Jahr 2024.</translation>
        </message>
        <message>
            <source>EU capex 2024</source>
            <translation>Investitionen EU 2024</translation>
        </message>
        <message>
            <source>AI capex in the EU in 2024.</source>
            <translation>KI-Investitionen in der EU 2024.</translation>
        </message>
        <message>
            <source>UK capex 2024</source>
            <translation>Investitionen GB 2024</translation>
        </message>
        <message>
            <source>AI capex in the UK in 2024.</source>
            <translation>KI-Investitionen im Vereinigten Königreich 2024.</translation>
        </message>
        <message>
            <source>Rest-of-world capex 2024</source>
            <translation>Investitionen Rest der Welt 2024</translation>
        </message>
        <message>
            <source>AI capex in the rest of the world in 2024 (Gulf states, Singapore, Malaysia, India, Japan).</source>
            <translation>KI-Investitionen im Rest der Welt 2024 (Golfstaaten, Singapur, Malaysia, Indien, Japan).</translation>
        </message>
        <message>
            <source>China growth factor</source>
            <translation>Wachstumsfaktor China</translation>
        </message>
        <message>
            <source>× US</source>
            <translation>× USA</translation>
        </message>
        <message>
            <source>China's near-term capex growth as a multiple of the US rate; export controls on chips hold it back.</source>
            <translation>Kurzfristiges Investitionswachstum Chinas als Vielfaches der US-Rate; Exportkontrollen für Chips bremsen es.</translation>
        </message>
        <message>
            <source>EU growth factor</source>
            <translation>Wachstumsfaktor EU</translation>
        </message>
        <message>
            <source>The EU's near-term capex growth as a multiple of the US rate.</source>
            <translation>Kurzfristiges Investitionswachstum der EU als Vielfaches der US-Rate.</translation>
        </message>
        <message>
            <source>UK growth factor</source>
            <translation>Wachstumsfaktor GB</translation>
        </message>
        <message>
            <source>The UK's near-term capex growth as a multiple of the US rate.</source>
            <translation>Kurzfristiges Investitionswachstum des Vereinigten Königreichs als Vielfaches der US-Rate.</translation>
        </message>
        <message>
            <source>Rest-of-world growth factor</source>
            <translation>Wachstumsfaktor Rest der Welt</translation>
        </message>
        <message>
            <source>The rest of the world's near-term capex growth as a multiple of the US rate; Gulf capital trades money for chips.</source>
            <translation>Kurzfristiges Investitionswachstum im Rest der Welt als Vielfaches der US-Rate; Kapital vom Golf tauscht Geld gegen Chips.</translation>
        </message>
        <message>
            <source>China AI power 2024</source>
            <translation>KI-Stromleistung China 2024</translation>
        </message>
        <message>
            <source>AI data-centre power in China at the start of 2024.</source>
            <translation>Leistung der KI-Rechenzentren in China Anfang 2024.</translation>
        </message>
        <message>
            <source>EU AI power 2024</source>
            <translation>KI-Stromleistung EU 2024</translation>
        </message>
        <message>
            <source>AI data-centre power in the EU at the start of 2024.</source>
            <translation>Leistung der KI-Rechenzentren in der EU Anfang 2024.</translation>
        </message>
        <message>
            <source>UK AI power 2024</source>
            <translation>KI-Stromleistung GB 2024</translation>
        </message>
        <message>
            <source>AI data-centre power in the UK at the start of 2024.</source>
            <translation>Leistung der KI-Rechenzentren im Vereinigten Königreich Anfang 2024.</translation>
        </message>
        <message>
            <source>Rest-of-world AI power 2024</source>
            <translation>KI-Stromleistung Rest der Welt 2024</translation>
        </message>
        <message>
            <source>AI data-centre power in the rest of the world at the start of 2024.</source>
            <translation>Leistung der KI-Rechenzentren im Rest der Welt Anfang 2024.</translation>
        </message>
        <message>
            <source>China power build-out</source>
            <translation>Stromausbau China</translation>
        </message>
        <message>
            <source>EU power build-out</source>
            <translation>Stromausbau EU</translation>
        </message>
        <message>
            <source>UK power build-out</source>
            <translation>Stromausbau GB</translation>
        </message>
        <message>
            <source>Rest-of-world power build-out</source>
            <translation>Stromausbau Rest der Welt</translation>
        </message>
        <message>
            <source>Main levers</source>
            <translation>Haupthebel</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Monetization</source>
            <translation>Monetarisierung</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Finanzierung</translation>
        </message>
        <message>
            <source>Investors</source>
            <translation>Investoren</translation>
        </message>
        <message>
            <source>Macroeconomy</source>
            <translation>Gesamtwirtschaft</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regionen</translation>
        </message>
        <message>
            <source>AI capex, all regions</source>
            <translation>KI-Investitionen, alle Regionen</translation>
        </message>
        <message>
            <source>Capex wanted (planned + backlog, at the prices paid)</source>
            <translation>Gewünschte Investitionen (geplant + Rückstau, zu den gezahlten Preisen)</translation>
        </message>
        <message>
            <source>Interest due</source>
            <translation>Fällige Zinsen</translation>
        </message>
        <message>
            <source>Interest not paid in cash (beyond all EBITDA)</source>
            <translation>Nicht bar gezahlte Zinsen (über das ganze EBITDA hinaus)</translation>
        </message>
        <message>
            <source>Debt repaid (second tier: rolled over)</source>
            <translation>Getilgte Schulden (zweite Reihe: umgeschuldet)</translation>
        </message>
        <message>
            <source>US AI-related investment (S4's scope), share of GDP</source>
            <translation>KI-bezogene US-Investitionen (Abgrenzung S4), Anteil am BIP</translation>
        </message>
        <message>
            <source>Stress: stranded write-downs</source>
            <translation>Stress: Abschreibungen auf gestrandete Hardware</translation>
        </message>
        <message>
            <source>$B/yr</source>
            <translation>Mrd. $/Jahr</translation>
        </message>
        <message>
            <source>AI capex, US</source>
            <translation>KI-Investitionen, USA</translation>
        </message>
        <message>
            <source>US data-centre power made available to AI each year once the interconnection queue has cleared. Changes to it phase in over the interconnection lag; until then the queued pipeline sets the pace. A limit, not a target: once the power available meets what the US plans need (about 18 GW a year with the other settings at their defaults; the Power panel shows demand against available), more build-out changes nothing.</source>
            <translation>Rechenzentrumsleistung, die in den USA jedes Jahr für KI bereitgestellt wird, sobald die Warteschlange für Netzanschlüsse abgearbeitet ist. Änderungen wirken erst über die Anschlussverzögerung; bis dahin bestimmen die bereits angemeldeten Projekte das Tempo. Eine Grenze, kein Ziel: Sobald die verfügbare Leistung deckt, was die US-Pläne brauchen (etwa 18 GW pro Jahr, wenn alle anderen Einstellungen auf ihren Standardwerten stehen; das Panel Strom zeigt Bedarf gegen verfügbar), ändert mehr Ausbau nichts.</translation>
        </message>
        <message>
            <source>Growth of planned AI capex once the near-term surge has faded, and after a bust. Crowding out slows it as the builders' broad AI investment plans near 8% of US GDP, so in the long run capex grows little faster than GDP however high this is set.</source>
            <translation>Wachstum der geplanten KI-Investitionen, nachdem der kurzfristige Schub abgeklungen ist, und nach einem Einbruch. Die Verdrängung bremst es, wenn die breit gefassten KI-Investitionspläne der Bauherren 8 % des US-BIP erreichen; langfristig wachsen die Investitionen daher kaum schneller als das BIP, so hoch dieser Wert auch gesetzt wird.</translation>
        </message>
        <message>
            <source>US data-centre power (grid GW) serving AI at the start of 2024. Epoch AI puts US AI capacity near 5 GW in 2024; all US data centres drew 176 TWh in 2023 (about 20 GW on average).</source>
            <translation>Rechenzentrumsleistung in den USA (Netz-GW), die Anfang 2024 KI dient. Epoch AI schätzt die KI-Kapazität der USA 2024 auf knapp 5 GW; alle US-Rechenzentren zusammen verbrauchten 2023 176 TWh (im Mittel etwa 20 GW).</translation>
        </message>
        <message>
            <source>Average price data centres pay for electricity, the same in every year: the model has no inflation rate, so beside its nominal figures power gets cheaper in real terms (at 2% inflation, $70 in 2050 is worth $42 of 2024 money). To count the energy bill of $70 rising 2% a year, set about $92, its 2025-2050 average.</source>
            <translation>Durchschnittlicher Strompreis, den Rechenzentren zahlen, in jedem Jahr derselbe: Das Modell kennt keine Inflationsrate, neben seinen nominalen Zahlen wird Strom also real billiger (bei 2 % Inflation sind 70 $ im Jahr 2050 nur 42 $ in Geld von 2024 wert). Wer die Stromrechnung von 70 $ mit 2 % Anstieg im Jahr rechnen will, setzt etwa 92 $, ihren Durchschnitt 2025–2050.</translation>
        </message>
        <message>
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <source>Power usage effectiveness: grid power drawn per unit of IT load (cooling, conversion losses). Available power and the power load are grid GW; capex per GW is per GW of IT load.</source>
            <translation>Power Usage Effectiveness: aus dem Netz bezogene Leistung je Einheit IT-Last (Kühlung, Umwandlungsverluste). Verfügbare Leistung und Stromlast sind Netz-GW; die Investitionen pro GW beziehen sich auf GW IT-Last.</translation>
        </message>
        <message>
            <source>Refit rate</source>
            <translation>Nachrüstquote</translation>
        </message>
        <message>
            <source>Share of accelerators two or more years old that builders can replace each year inside existing power when no new power is free; the replaced hardware retires early.</source>
            <translation>Anteil der mindestens zwei Jahre alten Beschleuniger, den die Erbauer jedes Jahr innerhalb der vorhandenen Stromkapazität ersetzen können, wenn kein neuer Strom frei ist; die ersetzte Hardware scheidet vorzeitig aus.</translation>
        </message>
        <message>
            <source>Relocation share</source>
            <translation>Verlagerungsanteil</translation>
        </message>
        <message>
            <source>Share of the US capex that cannot be powered which moves each year to sites abroad (Gulf, Asian hubs) that have power to spare.</source>
            <translation>Anteil der US-Investitionen ohne Stromversorgung, der jedes Jahr an Standorte im Ausland mit freier Stromkapazität (Golfstaaten, asiatische Drehkreuze) abwandert.</translation>
        </message>
        <message>
            <source>Relocation cost premium</source>
            <translation>Kostenaufschlag bei Verlagerung</translation>
        </message>
        <message>
            <source>Extra capex per GW for capacity built abroad instead of in the US (grid connection, permits, logistics).</source>
            <translation>Zusätzliche Investitionen pro GW für Kapazität, die im Ausland statt in den USA gebaut wird (Netzanschluss, Genehmigungen, Logistik).</translation>
        </message>
        <message>
            <source>Demand elasticity of compute</source>
            <translation>Nachfrageelastizität der Rechenleistung</translation>
        </message>
        <message>
            <source>How strongly AI demand responds to the price of compute. Above 1, cheaper compute raises AI spending (Jevons); when compute is scarce its price rises and less demand is served.</source>
            <translation>Wie stark die KI-Nachfrage auf den Preis der Rechenleistung reagiert. Über 1 erhöht billigere Rechenleistung die KI-Ausgaben (Jevons-Paradoxon); ist Rechenleistung knapp, steigt ihr Preis und weniger Nachfrage wird bedient.</translation>
        </message>
        <message>
            <source>Scarcity pricing</source>
            <translation>Knappheitspreise</translation>
        </message>
        <message>
            <source>When demand at cost price exceeds what the installed compute can serve, the share of the market-clearing price rise that builders charge while investors are in. 0% = compute is sold at cost price and unmet demand is lost; 100% would clear the market. Long-term contracts, reserved capacity and competition keep it well below that; above 50% the model would show returns on capital that entry, which it has only in a mild form, would compete away. In a pull-back, contracts reprice as they roll over: the share rises towards halfway to 100%.</source>
            <translation>Übersteigt die Nachfrage zum Kostenpreis, was die installierte Rechenleistung bedienen kann: der Anteil des markträumenden Preisanstiegs, den die Erbauer verlangen, solange die Investoren dabei sind. 0 % = Rechenleistung wird zum Kostenpreis verkauft und ungedeckte Nachfrage geht verloren; 100 % würde den Markt räumen. Langfristige Verträge, reservierte Kapazität und Wettbewerb halten ihn deutlich darunter; über 50 % zeigte das Modell Kapitalrenditen, die neue Anbieter, die es nur in milder Form kennt, wegkonkurrieren würden. In einem Rückzug werden Verträge bei ihrer Verlängerung neu bepreist: Der Anteil steigt bis auf halbem Weg zu 100 %.</translation>
        </message>
        <message>
            <source>Labs' share of organic revenue</source>
            <translation>Organischer Umsatzanteil der Labore</translation>
        </message>
        <message>
            <source>Share of organic AI revenue that goes to the AI labs (subscriptions, APIs); the builders earn the rest and all circular revenue.</source>
            <translation>Anteil des organischen KI-Umsatzes, der an die KI-Labore geht (Abonnements, APIs); den Rest und den gesamten zirkulären Umsatz erzielen die Erbauer.</translation>
        </message>
        <message>
            <source>Yearly gain, in 2024, in how much AI work a GW of new hardware delivers over the previous vintage. The gain slows with the hardware progress half-life, so the total gain is bounded.</source>
            <translation>Jährlicher Zuwachs (Stand 2024) an KI-Arbeit, die ein GW neuer Hardware gegenüber dem vorigen Jahrgang leistet. Der Zuwachs verlangsamt sich mit der Halbwertszeit des Hardwarefortschritts, sodass der Gesamtgewinn begrenzt ist.</translation>
        </message>
        <message>
            <source>Hardware progress half-life</source>
            <translation>Halbwertszeit des Hardwarefortschritts</translation>
        </message>
        <message>
            <source>Years in which the yearly efficiency gain and the yearly rise in capex per GW halve. It bounds both: efficiency can rise at most by a factor (1 + gain) ^ (half-life / ln 2).</source>
            <translation>Jahre, in denen sich der jährliche Effizienzgewinn und der jährliche Anstieg der Investitionen pro GW halbieren. Sie begrenzt beide: Die Effizienz kann höchstens um den Faktor (1 + Zuwachs) ^ (Halbwertszeit / ln 2) steigen.</translation>
        </message>
        <message>
            <source>Average interest on the debt stock (before the credit spread). It is also the risk-free part of every required return: the cost of capital moves one for one with it from 6%.</source>
            <translation>Durchschnittlicher Zins auf den Schuldenbestand (vor dem Kreditaufschlag). Er ist zugleich der risikofreie Teil jeder geforderten Rendite: Die Kapitalkosten bewegen sich ab 6 % eins zu eins mit ihm.</translation>
        </message>
        <message>
            <source>Return investors require on invested capital at an interest rate of 6% and a calm credit spread of 3%; it moves one for one with both (never below 1%). It sets the capital charge in the full cost investors judge and in the price of compute.</source>
            <translation>Rendite, die Investoren bei einem Zins von 6 % und einem ruhigen Kreditaufschlag von 3 % auf das eingesetzte Kapital verlangen; sie bewegt sich eins zu eins mit beiden (nie unter 1 %). Sie bestimmt die Kapitalkosten in den Vollkosten, nach denen die Investoren urteilen, und im Preis der Rechenleistung.</translation>
        </message>
        <message>
            <source>Second-tier share of capex</source>
            <translation>Investitionsanteil der zweiten Reihe</translation>
        </message>
        <message>
            <source>Share of AI capex spent by the second tier (neoclouds and Oracle), which borrows against its hardware.</source>
            <translation>Anteil der KI-Investitionen, den die zweite Reihe (Neoclouds und Oracle) tätigt; sie nimmt Kredite gegen ihre Hardware auf.</translation>
        </message>
        <message>
            <source>AI-lab share of capex</source>
            <translation>Investitionsanteil der KI-Labore</translation>
        </message>
        <message>
            <source>Share of AI capex spent by the AI labs on their own data centres, funded by equity and vendor money.</source>
            <translation>Anteil der KI-Investitionen, den die KI-Labore in eigene Rechenzentren stecken, finanziert mit Eigenkapital und Geld der Zulieferer.</translation>
        </message>
        <message>
            <source>Lab funding multiple</source>
            <translation>Finanzierungsfaktor der KI-Labore</translation>
        </message>
        <message>
            <source>× revenue</source>
            <translation>× Umsatz</translation>
        </message>
        <message>
            <source>Equity the AI labs can raise each year per dollar of their revenue while investors are confident (OpenAI raised about $40B in 2025 on about $13B of revenue).</source>
            <translation>Eigenkapital, das die KI-Labore je Dollar ihres Umsatzes jährlich aufnehmen können, solange die Investoren zuversichtlich sind (OpenAI nahm 2025 bei etwa 13 Mrd. $ Umsatz etwa 40 Mrd. $ auf).</translation>
        </message>
        <message>
            <source>Hyperscaler leverage limit</source>
            <translation>Verschuldungsgrenze der Hyperscaler</translation>
        </message>
        <message>
            <source>× EBITDA</source>
            <translation>× EBITDA</translation>
        </message>
        <message>
            <source>Second-tier loan-to-value</source>
            <translation>Beleihungsquote der zweiten Reihe</translation>
        </message>
        <message>
            <source>Share of the book value of its hardware (this year's purchases included) that lenders lend to the second tier; the collateral is fast-obsolescing.</source>
            <translation>Anteil am Buchwert ihrer Hardware (einschließlich der Käufe dieses Jahres), den Kreditgeber der zweiten Reihe leihen; die Sicherheiten veralten schnell.</translation>
        </message>
        <message>
            <source>Credit spread</source>
            <translation>Kreditaufschlag</translation>
        </message>
        <message>
            <source>Judged coverage (the revenue investors count, over the installed base's full cost: depreciation, energy and the cost of capital) below which investors grow impatient.</source>
            <translation>Beurteilte Deckung (der Umsatz, den die Investoren zählen, über den Vollkosten des installierten Bestands: Abschreibungen, Energie und Kapitalkosten), unterhalb derer die Investoren ungeduldig werden.</translation>
        </message>
        <message>
            <source>Entry response</source>
            <translation>Markteintritt</translation>
        </message>
        <message>
            <source>Stranded-hardware write-down</source>
            <translation>Abschreibung gestrandeter Hardware</translation>
        </message>
        <message>
            <source>Share of the book value of installed hardware written down in a full investor pull-back: stranded, fast-obsolescing collateral.</source>
            <translation>Anteil am Buchwert der installierten Hardware, der bei einem vollständigen Rückzug der Investoren abgeschrieben wird: gestrandete, schnell veraltende Sicherheiten.</translation>
        </message>
        <message>
            <source>AI-related investment in the national accounts for each dollar of hyperscaler AI capex: other firms' data centres, power and grid equipment, networking, neoclouds, enterprise AI servers. Reconciles S4's 2% of GDP with S3's $360B. It also sets how soon crowding out slows the builders' plans (their plans × this ratio against 8% of US GDP), so it moves capex, not only the macro figures.</source>
            <translation>KI-bezogene Investitionen in der Volkswirtschaftlichen Gesamtrechnung je Dollar KI-Investitionen der Hyperscaler: Rechenzentren anderer Firmen, Kraftwerks- und Netztechnik, Netzwerke, Neoclouds, KI-Server in Unternehmen. Bringt die 2 % des BIP aus S4 mit den 360 Mrd. $ aus S3 in Einklang. Bestimmt auch, wie früh die Verdrängung die Pläne der Bauherren bremst (ihre Pläne × dieses Verhältnis gegenüber 8 % des US-BIP), bewegt also die Investitionen, nicht nur die Makrozahlen.</translation>
        </message>
        <message>
            <source>Import share of other AI investment</source>
            <translation>Importanteil übriger KI-Investitionen</translation>
        </message>
        <message>
            <source>Share of the AI-related investment other than accelerators and servers (buildings, power and grid equipment, networking, software) that is imported.</source>
            <translation>Anteil der KI-bezogenen Investitionen außer Beschleunigern und Servern (Gebäude, Kraftwerks- und Netztechnik, Netzwerke, Software), der importiert wird.</translation>
        </message>
        <message>
            <source>Accelerator import share</source>
            <translation>Importanteil der Beschleuniger</translation>
        </message>
        <message>
            <source>Share of the accelerator and server spending in the US that is imported (made abroad), so adds nothing to US GDP.</source>
            <translation>Anteil der Ausgaben für Beschleuniger und Server in den USA, der importiert (im Ausland hergestellt) wird und daher nichts zum US-BIP beiträgt.</translation>
        </message>
        <message>
            <source>AI data-centre power China can add per year. China added 429 GW of power capacity in 2024, 15 times the US: chips, not power, hold it back. A limit, not a target: with the other settings at their defaults China's plans need about 1 GW a year, so above that this lever changes nothing; it binds when China's capex grows fast (its growth factor, capex growth).</source>
            <translation>Leistung für KI-Rechenzentren, die China pro Jahr zubauen kann. China hat 2024 429 GW Kraftwerksleistung zugebaut, 15-mal so viel wie die USA: Nicht der Strom bremst, sondern die Chips. Eine Grenze, kein Ziel: Stehen die anderen Einstellungen auf ihren Standardwerten, brauchen Chinas Pläne etwa 1 GW pro Jahr; darüber ändert dieser Regler nichts. Er greift, wenn Chinas Investitionen schnell wachsen (sein Wachstumsfaktor, Investitionswachstum).</translation>
        </message>
        <message>
            <source>AI data-centre power the EU can add per year; a 35-36 GW pipeline slowed by grid connection and permitting. A limit, not a target: with the other settings at their defaults the EU's plans need about 0.3 GW a year, so above that this lever changes nothing; it binds when the EU's capex grows fast (its growth factor, capex growth).</source>
            <translation>Leistung für KI-Rechenzentren, die die EU pro Jahr zubauen kann; 35–36 GW in Planung, gebremst durch Netzanschluss und Genehmigungen. Eine Grenze, kein Ziel: Stehen die anderen Einstellungen auf ihren Standardwerten, brauchen die Pläne der EU etwa 0,3 GW pro Jahr; darüber ändert dieser Regler nichts. Er greift, wenn die Investitionen der EU schnell wachsen (ihr Wachstumsfaktor, Investitionswachstum).</translation>
        </message>
        <message>
            <source>AI data-centre power the UK can add per year; 3-6 GW planned, slowed by grid connection and permitting. A limit, not a target: with the other settings at their defaults the UK's plans need about 0.1 GW a year, so above that this lever changes nothing; it binds when the UK's capex grows fast (its growth factor, capex growth).</source>
            <translation>Leistung für KI-Rechenzentren, die das Vereinigte Königreich pro Jahr zubauen kann; 3–6 GW geplant, gebremst durch Netzanschluss und Genehmigungen. Eine Grenze, kein Ziel: Stehen die anderen Einstellungen auf ihren Standardwerten, brauchen die Pläne des Vereinigten Königreichs etwa 0,1 GW pro Jahr; darüber ändert dieser Regler nichts. Er greift, wenn die Investitionen dort schnell wachsen (sein Wachstumsfaktor, Investitionswachstum).</translation>
        </message>
        <message>
            <source>AI data-centre power the rest of the world can add per year (Gulf, Singapore, Malaysia). A limit, not a target: with the other settings at their defaults its own plans and the projects moved there from the US need about 1.3 GW a year, so above that this lever changes nothing; it binds when the US runs short of power early or the region's capex grows fast.</source>
            <translation>Leistung für KI-Rechenzentren, die der Rest der Welt pro Jahr zubauen kann (Golfstaaten, Singapur, Malaysia). Eine Grenze, kein Ziel: Stehen die anderen Einstellungen auf ihren Standardwerten, brauchen die eigenen Pläne und die aus den USA verlagerten Projekte etwa 1,3 GW pro Jahr; darüber ändert dieser Regler nichts. Er greift, wenn den USA früh der Strom fehlt oder die Investitionen der Region schnell wachsen.</translation>
        </message>
        <message>
            <source>AI capex, China</source>
            <translation>KI-Investitionen, China</translation>
        </message>
        <message>
            <source>AI capex, EU</source>
            <translation>KI-Investitionen, EU</translation>
        </message>
        <message>
            <source>AI capex, UK</source>
            <translation>KI-Investitionen, GB</translation>
        </message>
        <message>
            <source>AI capex, rest of world</source>
            <translation>KI-Investitionen, Rest der Welt</translation>
        </message>
        <message>
            <source>Capex deferred for lack of power</source>
            <translation>Mangels Strom aufgeschobene Investitionen</translation>
        </message>
        <message>
            <source>Deferred capex abandoned</source>
            <translation>Aufgegebene aufgeschobene Investitionen</translation>
        </message>
        <message>
            <source>AI capex, hyperscalers</source>
            <translation>KI-Investitionen, Hyperscaler</translation>
        </message>
        <message>
            <source>AI capex, second tier (neoclouds, Oracle)</source>
            <translation>KI-Investitionen, zweite Reihe (Neoclouds, Oracle)</translation>
        </message>
        <message>
            <source>AI capex, AI labs</source>
            <translation>KI-Investitionen, KI-Labore</translation>
        </message>
        <message>
            <source>Capex that could not be funded</source>
            <translation>Nicht finanzierbare Investitionen</translation>
        </message>
        <message>
            <source>Capex refitting old hardware inside existing power</source>
            <translation>Investitionen in die Nachrüstung alter Hardware innerhalb vorhandener Stromkapazität</translation>
        </message>
        <message>
            <source>US capex relocated abroad for power</source>
            <translation>Mangels Strom ins Ausland verlagerte US-Investitionen</translation>
        </message>
        <message>
            <source>Capex on halls built ahead of power</source>
            <translation>Investitionen in Hallen, die vor dem Strom gebaut werden</translation>
        </message>
        <message>
            <source>Halls waiting for power (book value)</source>
            <translation>Hallen, die auf Strom warten (Buchwert)</translation>
        </message>
        <message>
            <source>US AI power demand</source>
            <translation>US-KI-Strombedarf</translation>
        </message>
        <message>
            <source>US AI power available</source>
            <translation>US-KI-Strom verfügbar</translation>
        </message>
        <message>
            <source>US power shortfall</source>
            <translation>US-Stromlücke</translation>
        </message>
        <message>
            <source>US AI power load</source>
            <translation>US-KI-Stromlast</translation>
        </message>
        <message>
            <source>AI power load, all regions</source>
            <translation>KI-Stromlast, alle Regionen</translation>
        </message>
        <message>
            <source>Power shortfall, all regions</source>
            <translation>Stromlücke, alle Regionen</translation>
        </message>
        <message>
            <source>AI revenue (reported)</source>
            <translation>KI-Umsatz (ausgewiesen)</translation>
        </message>
        <message>
            <source>AI revenue, organic</source>
            <translation>KI-Umsatz, organisch</translation>
        </message>
        <message>
            <source>AI revenue, circular</source>
            <translation>KI-Umsatz, zirkulär</translation>
        </message>
        <message>
            <source>AI revenue demand (before compute cap)</source>
            <translation>KI-Umsatznachfrage (vor Kapazitätsgrenze)</translation>
        </message>
        <message>
            <source>Revenue the installed compute can serve</source>
            <translation>Umsatz, den die installierte Rechenleistung bedienen kann</translation>
        </message>
        <message>
            <source>Price of a unit of compute (2024 = 1)</source>
            <translation>Preis einer Einheit Rechenleistung (2024 = 1)</translation>
        </message>
        <message>
            <source>What new compute earns ÷ its full cost</source>
            <translation>Was neue Rechenleistung verdient ÷ ihre Vollkosten</translation>
        </message>
        <message>
            <source>Required revenue (R1 method)</source>
            <translation>Benötigter Umsatz (R1-Methode)</translation>
        </message>
        <message>
            <source>Required revenue (full cost)</source>
            <translation>Benötigter Umsatz (Vollkosten)</translation>
        </message>
        <message>
            <source>Revenue ÷ required (R1)</source>
            <translation>Umsatz ÷ benötigt (R1)</translation>
        </message>
        <message>
            <source>Organic revenue ÷ required (R1)</source>
            <translation>Organischer Umsatz ÷ benötigt (R1)</translation>
        </message>
        <message>
            <source>Coverage as investors judge it</source>
            <translation>Deckungsgrad aus Investorensicht</translation>
        </message>
        <message>
            <source>Revenue ÷ required (full cost)</source>
            <translation>Umsatz ÷ benötigt (Vollkosten)</translation>
        </message>
        <message>
            <source>Investor impatience</source>
            <translation>Ungeduld der Investoren</translation>
        </message>
        <message>
            <source>Investor pull-back (0 = none, 1 = full)</source>
            <translation>Rückzug der Investoren (0 = keiner, 1 = vollständig)</translation>
        </message>
        <message>
            <source>Write-downs of stranded or retired hardware</source>
            <translation>Abschreibungen auf gestrandete oder ausgemusterte Hardware</translation>
        </message>
        <message>
            <source>Depreciation</source>
            <translation>Abschreibungen</translation>
        </message>
        <message>
            <source>Invested capital (book value)</source>
            <translation>Investiertes Kapital (Buchwert)</translation>
        </message>
        <message>
            <source>Energy cost</source>
            <translation>Energiekosten</translation>
        </message>
        <message>
            <source>Internal cash flow</source>
            <translation>Interner Cashflow</translation>
        </message>
        <message>
            <source>Debt issuance</source>
            <translation>Anleihen und Kredite</translation>
        </message>
        <message>
            <source>Equity issuance</source>
            <translation>Aktienemission</translation>
        </message>
        <message>
            <source>SPVs and private credit</source>
            <translation>Zweckgesellschaften und Privatkredite</translation>
        </message>
        <message>
            <source>Leasing and asset-backed</source>
            <translation>Leasing und forderungsbesichert</translation>
        </message>
        <message>
            <source>Cloud commitments</source>
            <translation>Cloud-Zusagen</translation>
        </message>
        <message>
            <source>Vendor money into labs (part of equity)</source>
            <translation>Geld der Zulieferer an KI-Labore (Teil des Eigenkapitals)</translation>
        </message>
        <message>
            <source>Debt stock</source>
            <translation>Schuldenstand</translation>
        </message>
        <message>
            <source>Debt stock, second tier</source>
            <translation>Schuldenstand, zweite Reihe</translation>
        </message>
        <message>
            <source>Second-tier leverage (debt ÷ EBITDA)</source>
            <translation>Verschuldungsgrad der zweiten Reihe (Schulden ÷ EBITDA)</translation>
        </message>
        <message>
            <source>Second-tier debt ÷ its hardware's book value</source>
            <translation>Schulden der zweiten Reihe ÷ Buchwert ihrer Hardware</translation>
        </message>
        <message>
            <source>Credit spread, second tier</source>
            <translation>Kreditaufschlag, zweite Reihe</translation>
        </message>
        <message>
            <source>Lenders' losses</source>
            <translation>Verluste der Kreditgeber</translation>
        </message>
        <message>
            <source>Second-tier repayments rolled over, not paid from cash</source>
            <translation>Tilgungen der zweiten Reihe, umgeschuldet statt bar gezahlt</translation>
        </message>
        <message>
            <source>Builders' EBITDA</source>
            <translation>EBITDA der Erbauer</translation>
        </message>
        <message>
            <source>Leverage (debt ÷ EBITDA)</source>
            <translation>Verschuldungsgrad (Schulden ÷ EBITDA)</translation>
        </message>
        <message>
            <source>US nominal GDP</source>
            <translation>Nominales US-BIP</translation>
        </message>
        <message>
            <source>US AI-related investment</source>
            <translation>KI-bezogene Investitionen USA</translation>
        </message>
        <message>
            <source>AI capex contribution to US GDP growth (nominal)</source>
            <translation>Beitrag der KI-Investitionen zum US-BIP-Wachstum (nominal)</translation>
        </message>
        <message>
            <source>Stress: credit spreads</source>
            <translation>Stress: Kreditaufschläge</translation>
        </message>
        <message>
            <source>Stress: investor pull-back</source>
            <translation>Stress: Rückzug der Investoren</translation>
        </message>
        <message>
            <source>Stress: debt service</source>
            <translation>Stress: Schuldendienst</translation>
        </message>
        <message>
            <source>Stress: fall of capex</source>
            <translation>Stress: Rückgang der Investitionen</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% des BIP</translation>
        </message>
        <message>
            <source>pp</source>
            <translation>Pp.</translation>
        </message>
        <message>
            <source>was {0}</source>
            <translation>statt {0}</translation>
        </message>
        <message>
            <source>Stress: coverage gap</source>
            <translation>Stress: Deckungslücke</translation>
        </message>
        <message>
            <source>points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Stress: leverage</source>
            <translation>Stress: Verschuldung</translation>
        </message>
        <message>
            <source>Stress: power shortfall</source>
            <translation>Stress: Stromlücke</translation>
        </message>
        <message>
            <source>Stress: circularity</source>
            <translation>Stress: Zirkularität</translation>
        </message>
        <message>
            <source>Stress index</source>
            <translation>Stressindex</translation>
        </message>
        <message>
            <source>Bust in this year</source>
            <translation>Einbruch in diesem Jahr</translation>
        </message>
        <message>
            <source>Capex 2025–2030</source>
            <translation>Investitionen 2025–2030</translation>
        </message>
        <message>
            <source>Peak US power shortfall</source>
            <translation>Max. US-Stromlücke</translation>
        </message>
        <message>
            <source>Revenue covers spend</source>
            <translation>Umsatz deckt Ausgaben</translation>
        </message>
        <message>
            <source>±0</source>
            <translation>±0</translation>
        </message>
        <message>
            <source>not by {end}</source>
            <translation>nicht bis {end}</translation>
        </message>
        <message>
            <source>Peak debt</source>
            <translation>Höchster Schuldenstand</translation>
        </message>
        <message>
            <source>Bust year</source>
            <translation>Jahr des Einbruchs</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>Peak stress</source>
            <translation>Höchster Stress</translation>
        </message>
    </context>
    <context>
        <name>OsError</name>
        <message>
            <source>permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <source>the drive is read-only</source>
            <translation>das Laufwerk ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>das Speicherkontingent ist aufgebraucht</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>den Ordner gibt es nicht</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>ein Teil des Pfads ist kein Ordner</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>es ist ein Ordner</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>der Dateiname ist zu lang</translation>
        </message>
        <message>
            <source>the disk reported an input/output error</source>
            <translation>der Datenträger meldet einen Ein-/Ausgabefehler</translation>
        </message>
        <message>
            <source>it exists and is not a regular file (a pipe, device or socket); choose another name</source>
            <translation>dort steht schon etwas, das keine gewöhnliche Datei ist (eine Pipe, ein Gerät oder ein Socket); wählen Sie einen anderen Namen</translation>
        </message>
        <message>
            <source>the system gave no reason</source>
            <translation>das System nannte keinen Grund</translation>
        </message>
    </context>
    <context>
        <name>ParameterControl</name>
        <message>
            <source>Back to the default ({0})</source>
            <translation>Zurück zum Standardwert ({0})</translation>
        </message>
        <message>
            <source>Reset {0}</source>
            <translation>{0} zurücksetzen</translation>
        </message>
        <message>
            <source>{0}, exact value</source>
            <translation>{0}, genauer Wert</translation>
        </message>
        <message>
            <source>{0}: “{1}” has more decimals than this value takes (at most {2}). The value stays {3}.</source>
            <translation>{0}: „{1}“ hat mehr Nachkommastellen, als dieser Wert annimmt (höchstens {2}). Der Wert bleibt {3}.</translation>
        </message>
        <message>
            <source>{0}: “{1}” is not allowed; type a number from {2} to {3} {4}. The value stays {5}.</source>
            <translation>{0}: „{1}“ ist nicht zulässig; geben Sie eine Zahl von {2} bis {3} {4} ein. Der Wert bleibt {5}.</translation>
        </message>
        <message>
            <source>{0}: {1} The value stays {2}.</source>
            <translation>{0}: {1} Der Wert bleibt {2}.</translation>
        </message>
    </context>
    <context>
        <name>ParameterTooltip</name>
        <message>
            <source>Default {0}; range {1} to {2} {3}</source>
            <translation>Standard {0}; Bereich {1} bis {2} {3}</translation>
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation>Quellen: {0}</translation>
        </message>
    </context>
    <context>
        <name>PasteGuard</name>
        <message>
            <source>The pasted text holds {0} characters; this field takes at most {1}, so nothing was pasted.</source>
            <translation>Der eingefügte Text enthält {0} Zeichen; dieses Feld nimmt höchstens {1} auf, daher wurde nichts eingefügt.</translation>
        </message>
        <message>
            <source>The pasted text holds {0} characters; with the text already in this field there is room for {1} more (it takes at most {2}), so nothing was pasted.</source>
            <translation>Der eingefügte Text enthält {0} Zeichen; neben dem Text in diesem Feld ist nur noch Platz für {1} (es nimmt höchstens {2} auf), daher wurde nichts eingefügt.</translation>
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>({0} characters)</source>
            <translation>({0} Zeichen)</translation>
        </message>
    </context>
    <context>
        <name>PlotGrid</name>
        <message>
            <source>AI capex by region</source>
            <translation>Investitionen nach Region</translation>
        </message>
        <message>
            <source>$B per year</source>
            <translation>Mrd. $ pro Jahr</translation>
        </message>
        <message>
            <source>US power: demand vs available</source>
            <translation>US-Strom: Bedarf vs. verfügbar</translation>
        </message>
        <message>
            <source>GW</source>
            <translation>GW</translation>
        </message>
        <message>
            <source>AI revenue vs its full cost</source>
            <translation>KI-Umsatz vs. Vollkosten</translation>
        </message>
        <message>
            <source>Financing of AI capex</source>
            <translation>Finanzierungsquellen</translation>
        </message>
        <message>
            <source>SPVs</source>
            <translation>SPV</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Zusagen</translation>
        </message>
        <message>
            <source>Debt stock</source>
            <translation>Schulden</translation>
        </message>
        <message>
            <source>US macro effect of AI capex</source>
            <translation>Gesamtwirtschaft USA</translation>
        </message>
        <message>
            <source>% of GDP  |  pp</source>
            <translation>% des BIP  |  Pp.</translation>
        </message>
        <message>
            <source>Financial stress index</source>
            <translation>Finanzstress-Index</translation>
        </message>
        <message>
            <source>index, 0–100</source>
            <translation>Index, 0–100</translation>
        </message>
        <message>
            <source>(baseline)</source>
            <translation>(Basisszenario)</translation>
        </message>
        <message>
            <source>debt stock, $B</source>
            <translation>Schuldenstand, Mrd. $</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Basisszenario</translation>
        </message>
        <message>
            <source>Shortfall</source>
            <translation>Lücke</translation>
        </message>
        <message>
            <source>Revenue gap</source>
            <translation>Umsatzlücke</translation>
        </message>
        <message>
            <source>bust {value:.0f}</source>
            <translation>Einbruch {value:.0f}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>US</source>
            <translation>USA</translation>
        </message>
        <message>
            <source>China</source>
            <translation>China</translation>
        </message>
        <message>
            <source>EU</source>
            <translation>EU</translation>
        </message>
        <message>
            <source>UK</source>
            <translation>GB</translation>
        </message>
        <message>
            <source>Rest of world</source>
            <translation>Rest der Welt</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Bedarf</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>Organic</source>
            <translation>Organisch</translation>
        </message>
        <message>
            <source>Circular</source>
            <translation>Zirkulär</translation>
        </message>
        <message>
            <source>Full cost</source>
            <translation>Vollkosten</translation>
        </message>
        <message>
            <source>R1 yardstick</source>
            <translation>R1-Maßstab</translation>
        </message>
        <message>
            <source>Cash flow</source>
            <translation>Cashflow</translation>
        </message>
        <message>
            <source>Debt</source>
            <translation>Kredite</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>Aktien</translation>
        </message>
        <message>
            <source>Leasing</source>
            <translation>Leasing</translation>
        </message>
        <message>
            <source>Share of GDP (%)</source>
            <translation>BIP-Anteil (%)</translation>
        </message>
        <message>
            <source>Growth contrib. (pp)</source>
            <translation>Wachstumsbeitr. (Pp.)</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Compared: {0}</source>
            <translation>Vergleich: {0}</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>Full screen, large type, chosen panels, main levers only (F11 or Esc leaves it)</source>
            <translation>Vollbild, große Schrift, ausgewählte Diagramme, nur die Haupthebel (F11 oder Esc beendet ihn)</translation>
        </message>
        <message>
            <source>Presentation ({0})</source>
            <translation>Präsentation ({0})</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Präsentation</translation>
        </message>
        <message>
            <source> Panels: </source>
            <translation> Diagramme: </translation>
        </message>
        <message>
            <source>Panels</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>How many panels the screen shows</source>
            <translation>Wie viele Diagramme der Bildschirm zeigt</translation>
        </message>
        <message>
            <source>Panel {0}: {1}</source>
            <translation>Diagramm {0}: {1}</translation>
        </message>
        <message>
            <source>Capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Strom</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Finanzierung</translation>
        </message>
        <message>
            <source>Macro</source>
            <translation>Makro</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Leave presentation (Esc)</source>
            <translation>Präsentation beenden (Esc)</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>Baseline (sources' consensus)</source>
            <translation>Basisszenario (Konsens der Quellen)</translation>
        </message>
        <message>
            <source>Circular-deal unwind</source>
            <translation>Auflösung der Kreisgeschäfte</translation>
        </message>
        <message>
            <source>The web of mutual investments (S3) comes apart: 40% of reported AI revenue turns out to be round-tripped (S5), the real demand behind it spreads slowly, investors strip the circular part out entirely and want revenue to cover the full cost, and more of the building is done by the second tier, financed through private credit and SPVs (S4, S5). Investors pull back in 2029; capex falls by about 45% from its 2027 peak, spreads widen by about 5 points, lenders take losses on stranded hardware, and spending regains its 2027 level only in 2036. The round-tripping does not come back with the investors: it falls to 4% of reported revenue in 2030 and stays there, because deals once seen through are not struck again at that scale.</source>
            <translation>Das Geflecht gegenseitiger Beteiligungen (S3) löst sich auf: 40 % des ausgewiesenen KI-Umsatzes erweisen sich als Kreisgeschäft (S5), die echte Nachfrage dahinter breitet sich nur langsam aus, die Investoren rechnen das Kreisgeschäft vollständig heraus und verlangen, dass der Umsatz die Vollkosten deckt, und mehr des Ausbaus übernimmt die zweite Reihe, finanziert über Privatkredite und Zweckgesellschaften (S4, S5). 2029 ziehen sich die Investoren zurück; die Investitionen sinken um etwa 45 % unter ihren Höchststand von 2027, die Kreditaufschläge steigen um etwa 5 Punkte, Kreditgeber erleiden Verluste auf gestrandete Hardware, und die Ausgaben erreichen ihr Niveau von 2027 erst 2036 wieder. Das Kreisgeschäft kehrt mit den Investoren nicht zurück: Es sinkt 2030 auf 4 % des ausgewiesenen Umsatzes und bleibt dort, denn durchschaute Geschäfte werden nicht noch einmal in diesem Umfang geschlossen.</translation>
        </message>
        <message>
            <source>Monetization lag (bubble)</source>
            <translation>Monetarisierung hinkt (Blase)</translation>
        </message>
        <message>
            <source>'Motorways for cars that do not exist yet' (S5): the build-out runs at the top of the 2026 guidance while AI revenue diffuses at less than half the speed and its long-run potential is a quarter lower. Revenue stays well short of the installed base's full cost (S3), investors lose patience in 2029, capex falls by about 40%, and a later cycle starts once revenue catches up.</source>
            <translation>„Autobahnen für Autos, die es noch nicht gibt“ (S5): Der Ausbau läuft am oberen Rand der Prognosen für 2026, während sich der KI-Umsatz nicht einmal halb so schnell ausbreitet und sein langfristiges Potenzial ein Viertel niedriger ist. Der Umsatz bleibt weit unter den Vollkosten des installierten Bestands (S3), 2029 verlieren die Investoren die Geduld, die Investitionen fallen um etwa 40 %, und ein späterer Zyklus beginnt, sobald der Umsatz aufholt.</translation>
        </message>
        <message>
            <source>Capex growth cools earlier, power keeps up and AI finds high-return uses in regulated industries quickly (S4's two deciding factors): monetization is faster, revenue covers the installed base's full cost from 2029 and stress falls without a bust.</source>
            <translation>Das Investitionswachstum kühlt früher ab, der Strom hält Schritt und KI findet rasch rentable Anwendungen in regulierten Branchen (die zwei entscheidenden Faktoren aus S4): Die Monetarisierung ist schneller, der Umsatz deckt ab 2029 die Vollkosten des installierten Bestands und der Stress sinkt ohne Einbruch.</translation>
        </message>
        <message>
            <source>The default scenario, calibrated to the sources: capex surges about 80% a year through 2026 (S3, R8), US AI power reaches about 60 GW by 2030 (S1) and the grid binds from 2027, when refits inside existing power and relocation abroad keep capex on a plateau instead of a fall. AI revenue is limited by the compute that can be powered and covers the installed base's full cost in the early 2030s. Investors grow impatient but do not pull back.</source>
            <translation>Das Standardszenario, kalibriert auf die Quellen: Die Investitionen steigen bis 2026 um etwa 80 % pro Jahr (S3, R8), die KI-Stromleistung der USA erreicht bis 2030 etwa 60 GW (S1), und ab 2027 wird das Stromnetz zum Engpass; Nachrüstungen innerhalb der vorhandenen Stromkapazität und Verlagerungen ins Ausland halten die Investitionen dann auf einem Plateau, statt sie fallen zu lassen. Der KI-Umsatz ist durch die Rechenleistung begrenzt, die mit Strom versorgt werden kann, und deckt Anfang der 2030er-Jahre die Vollkosten des installierten Bestands. Die Investoren werden ungeduldig, ziehen sich aber nicht zurück.</translation>
        </message>
        <message>
            <source>Power-constrained build-out</source>
            <translation>Ausbau am Stromlimit</translation>
        </message>
        <message>
            <source>The grid is the wall (S1, S5): interconnection queues lengthen to seven years (R4), queued connections slow to 6 GW a year and the long-run build-out to 4 GW a year. Capex piles up in a backlog waiting for power, and the US lead measured in gigawatts shrinks.</source>
            <translation>Das Stromnetz ist die Wand (S1, S5): Die Warteschlangen für Netzanschlüsse verlängern sich auf sieben Jahre (R4), angemeldete Anschlüsse verlangsamen sich auf 6 GW pro Jahr und der langfristige Ausbau auf 4 GW pro Jahr. Investitionen stauen sich und warten auf Strom; der in Gigawatt gemessene Vorsprung der USA schrumpft.</translation>
        </message>
        <message>
            <source>Soft landing</source>
            <translation>Sanfte Landung</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Wieder&amp;herstellen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Einf&amp;ügen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Alles auswählen</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Alle speichern</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ja, &amp;alle</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nein</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;ein, keine</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Standardwerte wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Wieder&amp;herstellen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Einf&amp;ügen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Alles auswählen</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>&amp;Link-Adresse kopieren</translation>
        </message>
    </context>
    <context>
        <name>Replay</name>
        <message>
            <source>&amp;Replay last change</source>
            <translation>Letzte Änderung &amp;abspielen</translation>
        </message>
        <message>
            <source>Animate the plots from before to after the last change ({0}); changes nothing</source>
            <translation>Zeigt die Diagramme animiert von vor bis nach der letzten Änderung ({0}); ändert nichts</translation>
        </message>
        <message>
            <source>&amp;Predict, then reveal</source>
            <translation>Erst &amp;schätzen, dann aufdecken</translation>
        </message>
        <message>
            <source>Freeze the plots while the room predicts; the sliders still move. R or Space reveals ({0})</source>
            <translation>Friert die Diagramme ein, während der Raum schätzt; die Regler bleiben beweglich. R oder Leertaste deckt auf ({0})</translation>
        </message>
        <message>
            <source>Frozen — predict, then press R or Space to reveal</source>
            <translation>Eingefroren — erst schätzen, dann mit R oder Leertaste aufdecken</translation>
        </message>
        <message>
            <source>Plots frozen: move the sliders, let the room predict, then press R or Space</source>
            <translation>Diagramme eingefroren: Regler bewegen, den Raum schätzen lassen, dann R oder Leertaste drücken</translation>
        </message>
    </context>
    <context>
        <name>SaveName</name>
        <message>
            <source>Replace file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>“{0}” already exists in {1}. Replace it?</source>
            <translation>„{0}“ gibt es in {1} schon. Ersetzen?</translation>
        </message>
    </context>
    <context>
        <name>SaveSnapshotDialog</name>
        <message>
            <source>Save snapshot</source>
            <translation>Momentaufnahme speichern</translation>
        </message>
        <message>
            <source>Optional: who proposed it, why, what to look at. Ctrl+Enter saves.</source>
            <translation>Optional: wer es vorgeschlagen hat, warum, worauf zu achten ist. Strg+Eingabe speichert.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;otiz:</translation>
        </message>
        <message>
            <source>Saved in {0}</source>
            <translation>Gespeichert in {0}</translation>
        </message>
    </context>
    <context>
        <name>SessionLogFeature</name>
        <message>
            <source>Export session &amp;log…</source>
            <translation>Sitzungs&amp;protokoll exportieren…</translation>
        </message>
        <message>
            <source>Write every change of this session, with the headline figures before and after, to a Markdown or CSV file</source>
            <translation>Jede Änderung dieser Sitzung mit den Kennzahlen davor und danach in eine Markdown- oder CSV-Datei schreiben</translation>
        </message>
        <message>
            <source>The session log could not be saved: {0}</source>
            <translation>Das Sitzungsprotokoll konnte nicht gespeichert werden: {0}</translation>
        </message>
        <message>
            <source>The session log had grown too large to read; it is kept as {0} and a new log begins</source>
            <translation>Das Sitzungsprotokoll war zu groß zum Lesen geworden; es bleibt als {0} erhalten, und ein neues Protokoll beginnt</translation>
        </message>
        <message>
            <source>Export session log</source>
            <translation>Sitzungsprotokoll exportieren</translation>
        </message>
        <message>
            <source>Markdown (*.md);;CSV (*.csv)</source>
            <translation>Markdown (*.md);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Session log written to {0}</source>
            <translation>Sitzungsprotokoll geschrieben: {0}</translation>
        </message>
    </context>
    <context>
        <name>SessionState</name>
        <message>
            <source>Start fresh</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <source>Start &amp;fresh</source>
            <translation>&amp;Neu beginnen</translation>
        </message>
        <message>
            <source>Default values, no compare curves, the default baseline and panels, an empty session log (Ctrl+Z brings the session back)</source>
            <translation>Standardwerte, keine Vergleichskurven, Standard-Basislinie und -Diagramme, ein leeres Sitzungsprotokoll (Strg+Z holt die Sitzung zurück)</translation>
        </message>
        <message>
            <source>Quit; your session is kept: the next start brings back the values, compare set, baseline, panels, language and session log</source>
            <translation>Beenden; Ihre Sitzung bleibt erhalten: Der nächste Start bringt Werte, Vergleichsauswahl, Basislinie, Diagramme, Sprache und Sitzungsprotokoll zurück</translation>
        </message>
        <message>
            <source>Started fresh. Ctrl+Z brings the last session back.</source>
            <translation>Neu begonnen. Strg+Z holt die letzte Sitzung zurück.</translation>
        </message>
        <message>
            <source>The rest of your last session is back (compared snapshots, panels, docks); the scenario is the one asked for at start.</source>
            <translation>Der Rest Ihrer letzten Sitzung ist wieder da (verglichene Momentaufnahmen, Diagramme, Seitenleisten); das Szenario ist das beim Start angegebene.</translation>
        </message>
        <message>
            <source>Your last session is back. File ▸ Start fresh begins again.</source>
            <translation>Ihre letzte Sitzung ist wieder da. Datei ▸ Neu beginnen fängt von vorn an.</translation>
        </message>
        <message>
            <source>Another window keeps its session in this data folder: this window's work is kept only once that window has closed. Save a snapshot (Ctrl+S) to keep it.</source>
            <translation>Ein anderes Fenster bewahrt seine Sitzung in diesem Datenordner: die Arbeit dieses Fensters wird erst bewahrt, wenn jenes Fenster geschlossen ist. Speichern Sie eine Momentaufnahme (Strg+S), um sie zu behalten.</translation>
        </message>
        <message>
            <source>Part of the last session was not restored: {0}</source>
            <translation>Ein Teil der letzten Sitzung wurde nicht wiederhergestellt: {0}</translation>
        </message>
        <message>
            <source>The session could not be kept: {0}</source>
            <translation>Die Sitzung konnte nicht gespeichert werden: {0}</translation>
        </message>
    </context>
    <context>
        <name>SliderPanel</name>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Show or hide these assumptions (click, or Space with the focus here): {0}</source>
            <translation>Diese Annahmen zeigen oder verbergen (Klick, oder Leertaste, wenn der Fokus hier liegt): {0}</translation>
        </message>
        <message>
            <source>Advanced assumptions</source>
            <translation>Weitere Annahmen</translation>
        </message>
    </context>
    <context>
        <name>SnapshotPanel</name>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Save the current scenario as a snapshot (Ctrl+S)</source>
            <translation>Das aktuelle Szenario als Momentaufnahme speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Compare table</source>
            <translation>Vergleichstabelle</translation>
        </message>
        <message>
            <source>Parameters and headline figures of the current scenario and the ticked snapshots, side by side</source>
            <translation>Parameter und Kennzahlen des aktuellen Szenarios und der angehakten Momentaufnahmen nebeneinander</translation>
        </message>
        <message>
            <source>Tick up to 4 snapshots to draw them in every plot.</source>
            <translation>Bis zu 4 Momentaufnahmen anhaken, um sie in jedem Diagramm zu zeigen.</translation>
        </message>
        <message>
            <source>Saved snapshots</source>
            <translation>Gespeicherte Momentaufnahmen</translation>
        </message>
        <message>
            <source>No snapshots yet. Save one with Ctrl+S, or drop a snapshot file (.json) on the window.</source>
            <translation>Noch keine Momentaufnahmen. Speichern Sie eine mit Strg+S oder ziehen Sie eine Momentaufnahme-Datei (.json) auf das Fenster.</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Laden</translation>
        </message>
        <message>
            <source>Move the sliders to this snapshot (Enter; undo with Ctrl+Z)</source>
            <translation>Die Regler auf diese Momentaufnahme stellen (Eingabe; rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Move to the trash folder (Delete; can be undone)</source>
            <translation>In den Papierkorb-Ordner verschieben (Entf; rückgängig machbar)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>Rename, note, duplicate or export this snapshot; import a snapshot file</source>
            <translation>Diese Momentaufnahme umbenennen, kommentieren, duplizieren oder exportieren; eine Momentaufnahme-Datei importieren</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Löschen rückgängig machen</translation>
        </message>
        <message>
            <source>Show folder</source>
            <translation>Ordner zeigen</translation>
        </message>
        <message>
            <source>Open the snapshot folder in the file manager</source>
            <translation>Den Ordner der Momentaufnahmen im Dateimanager öffnen</translation>
        </message>
        <message>
            <source>Snapshot folder: {0}</source>
            <translation>Ordner der Momentaufnahmen: {0}</translation>
        </message>
        <message>
            <source>cannot be read (hover for why)</source>
            <translation>nicht lesbar (Mauszeiger darüber zeigt den Grund)</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Notiz bearbeiten…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Export to file…</source>
            <translation>In Datei exportieren…</translation>
        </message>
        <message>
            <source>Import snapshot file…</source>
            <translation>Momentaufnahme-Datei importieren…</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsFeature</name>
        <message>
            <source>Empty &amp;trash…</source>
            <translation>&amp;Papierkorb leeren…</translation>
        </message>
        <message>
            <source>Delete the snapshots in the trash for good (entries older than {0} days go by themselves at start-up)</source>
            <translation>Die Momentaufnahmen im Papierkorb endgültig löschen (Einträge, die älter als {0} Tage sind, verschwinden beim Start von selbst)</translation>
        </message>
        <message>
            <source>Cannot empty the trash</source>
            <translation>Papierkorb kann nicht geleert werden</translation>
        </message>
        <message>
            <source>Emptied the trash ({0} snapshots deleted for good)</source>
            <translation>Papierkorb geleert ({0} Momentaufnahmen endgültig gelöscht)</translation>
        </message>
        <message>
            <source>The trash is empty</source>
            <translation>Der Papierkorb ist leer</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Papierkorb leeren</translation>
        </message>
        <message>
            <source>Delete the {0} snapshots in the trash for good? This cannot be undone.</source>
            <translation>Die {0} Momentaufnahmen im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>Momentaufnahmen</translation>
        </message>
        <message>
            <source>S&amp;napshot panel</source>
            <translation>&amp;Momentaufnahmen-Leiste</translation>
        </message>
        <message>
            <source>Show or hide the snapshot panel</source>
            <translation>Leiste der Momentaufnahmen zeigen oder verbergen</translation>
        </message>
        <message>
            <source>&amp;Save snapshot…</source>
            <translation>Momentaufnahme &amp;speichern…</translation>
        </message>
        <message>
            <source>Save the current scenario as a named snapshot (Ctrl+S)</source>
            <translation>Das aktuelle Szenario als benannte Momentaufnahme speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Save snapshot</source>
            <translation>Momentaufnahme speichern</translation>
        </message>
        <message>
            <source>&amp;Open snapshot…</source>
            <translation>Momentaufnahme ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a snapshot file (.json) from anywhere; it is copied into the snapshot folder and loaded</source>
            <translation>Eine Momentaufnahme-Datei (.json) von beliebigem Ort öffnen; sie wird in den Ordner der Momentaufnahmen kopiert und geladen</translation>
        </message>
        <message>
            <source>E&amp;xport selected snapshot…</source>
            <translation>Ausgewählte Momentaufnahme e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Write the snapshot selected in the panel to a file of your choice</source>
            <translation>Die in der Leiste ausgewählte Momentaufnahme in eine Datei Ihrer Wahl schreiben</translation>
        </message>
        <message>
            <source>&amp;Copy scenario code</source>
            <translation>Szenario-Code &amp;kopieren</translation>
        </message>
        <message>
            <source>Put a short code of this scenario on the clipboard, to paste in a chat</source>
            <translation>Einen kurzen Code dieses Szenarios in die Zwischenablage legen, zum Einfügen in einen Chat</translation>
        </message>
        <message>
            <source>&amp;Paste scenario code…</source>
            <translation>Szenario-Code &amp;einfügen…</translation>
        </message>
        <message>
            <source>Apply a scenario code from the clipboard (one undo step)</source>
            <translation>Einen Szenario-Code aus der Zwischenablage anwenden (ein Rückgängig-Schritt)</translation>
        </message>
        <message>
            <source>Compare &amp;table…</source>
            <translation>&amp;Vergleichstabelle…</translation>
        </message>
        <message>
            <source>The current scenario and the ticked snapshots side by side</source>
            <translation>Das aktuelle Szenario und die angehakten Momentaufnahmen nebeneinander</translation>
        </message>
        <message>
            <source>C&amp;lear compare curves</source>
            <translation>Vergleichskurven &amp;entfernen</translation>
        </message>
        <message>
            <source>Untick every snapshot</source>
            <translation>Alle Haken bei Momentaufnahmen entfernen</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>Löschen &amp;rückgängig machen</translation>
        </message>
        <message>
            <source>Bring back the last deleted snapshot from the trash</source>
            <translation>Die zuletzt gelöschte Momentaufnahme aus dem Papierkorb zurückholen</translation>
        </message>
        <message>
            <source>Show snapshot &amp;folder</source>
            <translation>&amp;Ordner der Momentaufnahmen zeigen</translation>
        </message>
        <message>
            <source>Open the snapshot folder in the file manager</source>
            <translation>Den Ordner der Momentaufnahmen im Dateimanager öffnen</translation>
        </message>
        <message>
            <source>Scenario {0}</source>
            <translation>Szenario {0}</translation>
        </message>
        <message>
            <source>Saved snapshot '{0}' in {1}</source>
            <translation>Momentaufnahme „{0}“ gespeichert in {1}</translation>
        </message>
        <message>
            <source>Cannot save the snapshot</source>
            <translation>Die Momentaufnahme kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Cannot load snapshot</source>
            <translation>Momentaufnahme kann nicht geladen werden</translation>
        </message>
        <message>
            <source>Snapshot '{0}' is already what the plots show</source>
            <translation>Die Diagramme zeigen bereits die Momentaufnahme „{0}“</translation>
        </message>
        <message>
            <source>Load snapshot '{0}'</source>
            <translation>Momentaufnahme „{0}“ laden</translation>
        </message>
        <message>
            <source> (saved by an older program version; converted)</source>
            <translation> (von einer älteren Programmversion gespeichert; umgewandelt)</translation>
        </message>
        <message>
            <source>Loaded snapshot '{0}'{1}. Undo with Ctrl+Z.</source>
            <translation>Momentaufnahme „{0}“{1} geladen. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Rename snapshot</source>
            <translation>Momentaufnahme umbenennen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Not renamed: {0}</source>
            <translation>Nicht umbenannt: {0}</translation>
        </message>
        <message>
            <source>Cannot rename snapshot</source>
            <translation>Momentaufnahme kann nicht umbenannt werden</translation>
        </message>
        <message>
            <source>Renamed to '{0}'</source>
            <translation>Umbenannt in „{0}“</translation>
        </message>
        <message>
            <source>Note for '{0}'</source>
            <translation>Notiz zu „{0}“</translation>
        </message>
        <message>
            <source>Note (who, why, what to look at):</source>
            <translation>Notiz (wer, warum, worauf zu achten ist):</translation>
        </message>
        <message>
            <source>The note was not saved: {0}</source>
            <translation>Die Notiz wurde nicht gespeichert: {0}</translation>
        </message>
        <message>
            <source>Cannot change the note</source>
            <translation>Notiz kann nicht geändert werden</translation>
        </message>
        <message>
            <source>Cannot show the snapshot folder</source>
            <translation>Ordner der Momentaufnahmen kann nicht gezeigt werden</translation>
        </message>
        <message>
            <source>Compared in the last session, but they cannot be read, so they are left out of the comparison ({0}):</source>
            <translation>In der letzten Sitzung verglichen, aber nicht lesbar, daher aus dem Vergleich genommen ({0}):</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>Notiz gespeichert</translation>
        </message>
        <message>
            <source>Cannot duplicate snapshot</source>
            <translation>Momentaufnahme kann nicht dupliziert werden</translation>
        </message>
        <message>
            <source>Duplicated as '{0}'</source>
            <translation>Dupliziert als „{0}“</translation>
        </message>
        <message>
            <source>Cannot delete snapshot</source>
            <translation>Momentaufnahme kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>{0} of {1} compare slots used: dashed or dotted curves in every plot.</source>
            <translation>{0} von {1} Vergleichsplätzen belegt: gestrichelte oder gepunktete Kurven in jedem Diagramm.</translation>
        </message>
        <message>
            <source>Deleted '{0}' (moved to the trash folder).</source>
            <translation>„{0}“ gelöscht (in den Papierkorb-Ordner verschoben).</translation>
        </message>
        <message>
            <source>Cannot restore snapshot</source>
            <translation>Momentaufnahme kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Restored '{0}'</source>
            <translation>„{0}“ wiederhergestellt</translation>
        </message>
        <message>
            <source>At most {0} snapshots can be compared at once: untick one first.</source>
            <translation>Höchstens {0} Momentaufnahmen lassen sich gleichzeitig vergleichen: Entfernen Sie zuerst einen Haken.</translation>
        </message>
        <message>
            <source>Cannot compare snapshot</source>
            <translation>Momentaufnahme kann nicht verglichen werden</translation>
        </message>
        <message>
            <source>Tick up to {0} snapshots to draw them in every plot.</source>
            <translation>Bis zu {0} Momentaufnahmen anhaken, um sie in jedem Diagramm zu zeigen.</translation>
        </message>
        <message>
            <source>Current scenario</source>
            <translation>Aktuelles Szenario</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Tick snapshots in the snapshot panel to add them to the table</source>
            <translation>Momentaufnahmen in der Leiste anhaken, um sie in die Tabelle aufzunehmen</translation>
        </message>
        <message>
            <source>Open snapshot</source>
            <translation>Momentaufnahme öffnen</translation>
        </message>
        <message>
            <source>Snapshots (*.json);;All files (*)</source>
            <translation>Momentaufnahmen (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Imported {0} snapshots</source>
            <translation>{0} Momentaufnahmen importiert</translation>
        </message>
        <message>
            <source>Cannot open snapshot</source>
            <translation>Momentaufnahme kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Snapshots cannot be saved here: {0}</source>
            <translation>Momentaufnahmen können hier nicht gespeichert werden: {0}</translation>
        </message>
        <message>
            <source>Imported '{0}' into {1}</source>
            <translation>„{0}“ importiert nach {1}</translation>
        </message>
        <message>
            <source>“{0}” cannot be used as a snapshot; nothing was changed. Open a file saved or exported by this program, or ask whoever sent it for a new copy.

What is wrong: {1}</source>
            <translation>„{0}“ kann nicht als Momentaufnahme verwendet werden; nichts wurde geändert. Öffnen Sie eine Datei, die mit diesem Programm gespeichert oder exportiert wurde, oder bitten Sie den Absender um eine neue Kopie.

Was nicht stimmt (technische Angabe): {1}</translation>
        </message>
        <message>
            <source>{0} of {1} files cannot be used as snapshots; nothing was changed for them. Open files saved or exported by this program, or ask whoever sent them for new copies.

What is wrong:
{2}</source>
            <translation>{0} von {1} Dateien können nicht als Momentaufnahmen verwendet werden; für sie wurde nichts geändert. Öffnen Sie Dateien, die dieses Programm gespeichert oder exportiert hat, oder bitten Sie den Absender um neue Kopien.

Was nicht stimmt:
{2}</translation>
        </message>
        <message>
            <source>Select a snapshot in the snapshot panel first</source>
            <translation>Wählen Sie zuerst eine Momentaufnahme in der Leiste aus</translation>
        </message>
        <message>
            <source>Export snapshot</source>
            <translation>Momentaufnahme exportieren</translation>
        </message>
        <message>
            <source>Snapshots (*.json)</source>
            <translation>Momentaufnahmen (*.json)</translation>
        </message>
        <message>
            <source>Cannot export snapshot</source>
            <translation>Momentaufnahme kann nicht exportiert werden</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>Geschrieben: {0}</translation>
        </message>
        <message>
            <source>Snapshot folder: {0}</source>
            <translation>Ordner der Momentaufnahmen: {0}</translation>
        </message>
        <message>
            <source>Copied scenario code {0} — paste it in a chat; others apply it with Ctrl+Shift+V</source>
            <translation>Szenario-Code {0} kopiert – fügen Sie ihn in einen Chat ein; andere wenden ihn mit Strg+Umschalt+V an</translation>
        </message>
        <message>
            <source>Invalid scenario code</source>
            <translation>Ungültiger Szenario-Code</translation>
        </message>
        <message>
            <source>Too long for a scenario code ({0} characters; a code has at most {1}).</source>
            <translation>Zu lang für einen Szenario-Code ({0} Zeichen; ein Code hat höchstens {1}).</translation>
        </message>
        <message>
            <source>The scenario code is what the plots already show</source>
            <translation>Die Diagramme zeigen bereits das Szenario dieses Codes</translation>
        </message>
        <message>
            <source>Scenario code</source>
            <translation>Szenario-Code</translation>
        </message>
        <message>
            <source>Applied the scenario code ({0} parameters differ from the defaults). Undo with Ctrl+Z.</source>
            <translation>Szenario-Code angewendet ({0} Parameter weichen vom Standard ab). Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Restore unsaved work</source>
            <translation>Ungespeicherte Arbeit wiederherstellen</translation>
        </message>
        <message>
            <source>Restored the work of the last session. Undo with Ctrl+Z.</source>
            <translation>Die Arbeit der letzten Sitzung wurde wiederhergestellt. Rückgängig mit Strg+Z.</translation>
        </message>
        <message>
            <source>Unsaved work of the last session discarded</source>
            <translation>Ungespeicherte Arbeit der letzten Sitzung verworfen</translation>
        </message>
        <message>
            <source>The unsaved work of the last session could not be read</source>
            <translation>Die ungesicherte Arbeit der letzten Sitzung konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>&lt;b&gt;The last session did not end cleanly.&lt;/b&gt; Restore its unsaved work{0}?</source>
            <translation>&lt;b&gt;Die letzte Sitzung wurde nicht sauber beendet.&lt;/b&gt; Ihre ungespeicherte Arbeit{0} wiederherstellen?</translation>
        </message>
        <message>
            <source>Autosave failed: {0}</source>
            <translation>Automatisches Sichern fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>The unsaved work of the last session could not be read; the file was kept as {0} in the snapshot folder</source>
            <translation>Die ungesicherte Arbeit der letzten Sitzung konnte nicht gelesen werden; die Datei wurde als {0} im Ordner der Momentaufnahmen aufbewahrt</translation>
        </message>
        <message>
            <source> (from {0})</source>
            <translation> (vom {0})</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
    </context>
    <context>
        <name>StorylineFeature</name>
        <message>
            <source>Guided round</source>
            <translation>Geführte Runde</translation>
        </message>
        <message>
            <source>&amp;Guided round (storyline)</source>
            <translation>&amp;Geführte Runde (Storyline)</translation>
        </message>
    </context>
    <context>
        <name>StorylinePanel</name>
        <message>
            <source>◀ &amp;Back</source>
            <translation>◀ &amp;Zurück</translation>
        </message>
        <message>
            <source>Step {0}: {1}</source>
            <translation>Schritt {0}: {1}</translation>
        </message>
        <message>
            <source>No storyline found</source>
            <translation>Keine Storyline gefunden</translation>
        </message>
        <message>
            <source>Ne&amp;xt ▶</source>
            <translation>Wei&amp;ter ▶</translation>
        </message>
        <message>
            <source>Put storyline files (.json) in resources/storylines; the format is described in docs/STORYLINES.md.</source>
            <translation>Legen Sie Storyline-Dateien (.json) in resources/storylines ab; das Format ist in docs/STORYLINES.md beschrieben.</translation>
        </message>
        <message>
            <source>Introduction · {0} steps</source>
            <translation>Einführung · {0} Schritte</translation>
        </message>
        <message>
            <source>S&amp;tart ▶</source>
            <translation>S&amp;tart ▶</translation>
        </message>
        <message>
            <source>Previous page of the text, else previous step ({0})</source>
            <translation>Vorherige Seite des Textes, sonst vorheriger Schritt ({0})</translation>
        </message>
        <message>
            <source>Next page of the text, else next step ({0})</source>
            <translation>Nächste Seite des Textes, sonst nächster Schritt ({0})</translation>
        </message>
        <message>
            <source>More te&amp;xt ▼</source>
            <translation>Mehr &amp;Text ▼</translation>
        </message>
        <message>
            <source>F&amp;inish ■</source>
            <translation>&amp;Fertig ■</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Schritt {0} von {1}</translation>
        </message>
        <message>
            <source>Look at: {0}</source>
            <translation>Achten Sie auf: {0}</translation>
        </message>
    </context>
    <context>
        <name>Storylines</name>
        <message>
            <source>The story of the sources: surge, wall, gap, strain — and two endings</source>
            <translation>Die Geschichte der Quellen: Schub, Wand, Lücke, Belastung – und zwei Ausgänge</translation>
        </message>
        <message>
            <source>Six steps through what the five source articles (S1–S5) and the public references (R1–R18, listed in the help window, F1, under Sources) say about the AI-infrastructure boom of 2024 onward. Each step sets the sliders; the figures quoted are the model's for that step.</source>
            <translation>Sechs Schritte durch das, was die fünf Quellartikel (S1–S5) und die öffentlichen Referenzen (R1–R18, aufgeführt im Hilfefenster, F1, unter „Quellen“) über den Boom der KI-Infrastruktur ab 2024 sagen. Jeder Schritt stellt die Regler; die genannten Zahlen sind die des Modells für diesen Schritt.</translation>
        </message>
        <message>
            <source>1 · The capex surge of 2024–26</source>
            <translation>1 · Der Investitionsschub 2024–26</translation>
        </message>
        <message>
            <source>Start from the sources' consensus. AI capex in the model is $245B in 2024 (S2: global hyperscale capex passed $240B), US capex reaches $346B in 2025 and $595B in 2026 — the six largest US firms signal about $360B and $600B (S3; the big four alone spent over $400B in 2025, R8). AI-related investment is 1.9% of US GDP in 2025 and adds 0.58 percentage points to growth (S4: about 2% and 0.7 pp). Ask the room: what happens when a boom this size meets the grid?</source>
            <translation>Ausgangspunkt ist der Konsens der Quellen. Die KI-Investitionen betragen im Modell 2024 245 Mrd. $ (S2: die weltweiten Hyperscale-Investitionen überschritten 240 Mrd. $), die US-Investitionen erreichen 2025 346 Mrd. $ und 2026 595 Mrd. $ – die sechs größten US-Konzerne kündigen etwa 360 Mrd. $ und 600 Mrd. $ an (S3; allein die großen vier investierten 2025 über 400 Mrd. $, R8). Die KI-bezogenen Investitionen machen 2025 1,9 % des US-BIP aus und tragen 0,58 Prozentpunkte zum Wachstum bei (S4: etwa 2 % und 0,7 Pp.). Fragen Sie den Raum: Was passiert, wenn ein Boom dieser Größe auf das Stromnetz trifft?</translation>
        </message>
        <message>
            <source>2 · The power wall</source>
            <translation>2 · Die Stromwand</translation>
        </message>
        <message>
            <source>Compute needs gigawatts. In the consensus, US AI power demand outruns what the grid can connect from 2027 on (S1: about 60 GW by 2030; R5: data centres already 4.4% of US power). Now the queues lengthen to seven years (R4: median wait about five) and queued connections slow to 6 GW a year: in 2028 demand is 44.6 GW against 32.1 GW available. Builders refit older chips inside the power they have and move projects abroad (S1, S2), so capex plateaus instead of collapsing — but capex 2025–2030 falls from $5.67T in the consensus to $5.13T, and AI revenue in 2030 from $1.11T to $1.01T: compute that cannot be powered earns nothing. The grid, not money, sets the pace (S1, S5).</source>
            <translation>Rechenleistung braucht Gigawatt. Im Konsens übersteigt der KI-Strombedarf der USA ab 2027, was das Netz anschließen kann (S1: etwa 60 GW bis 2030; R5: Rechenzentren schon bei 4,4 % des US-Stroms). Nun verlängern sich die Warteschlangen auf sieben Jahre (R4: mittlere Wartezeit etwa fünf) und angemeldete Anschlüsse verlangsamen sich auf 6 GW pro Jahr: 2028 stehen 44,6 GW Bedarf 32,1 GW verfügbarer Leistung gegenüber. Die Erbauer ersetzen ältere Chips innerhalb der vorhandenen Stromkapazität und verlagern Projekte ins Ausland (S1, S2), sodass die Investitionen auf einem Plateau verharren, statt einzubrechen – doch die Investitionen 2025–2030 sinken von 5,67 Bio. $ im Konsens auf 5,13 Bio. $ und der KI-Umsatz 2030 von 1,11 Bio. $ auf 1,01 Bio. $: Rechenleistung ohne Strom verdient nichts. Das Stromnetz, nicht das Geld, bestimmt das Tempo (S1, S5).</translation>
        </message>
        <message>
            <source>Back to the consensus, and to Sequoia's question (R1): by its yardstick the required annual revenue is four times the accelerator spend — $490B in 2024 against $80B of AI revenue, a coverage of 0.16. Investors in the model judge the installed base's full cost instead: depreciation, energy and the cost of capital. Revenue covers 60% of that cost in 2024 and covers all of it only in 2032 (88% in 2030), once compute is scarce enough to sell above its cost. 'Motorways for cars that do not exist yet' (S5); revenue so far a fraction of what would be needed (S3).</source>
            <translation>Zurück zum Konsens und zur Frage von Sequoia (R1): Nach deren Maßstab beträgt der benötigte Jahresumsatz das Vierfache der Ausgaben für Beschleuniger – 490 Mrd. $ im Jahr 2024 gegenüber 80 Mrd. $ KI-Umsatz, ein Deckungsgrad von 0,16. Die Investoren im Modell beurteilen stattdessen die Vollkosten des installierten Bestands: Abschreibungen, Energie und Kapitalkosten. Der Umsatz deckt 2024 60 % dieser Kosten und vollständig erst 2032 (88 % im Jahr 2030), sobald Rechenleistung so knapp ist, dass sie über ihren Kosten verkauft wird. „Autobahnen für Autos, die es noch nicht gibt“ (S5); der Umsatz ist bisher ein Bruchteil dessen, was nötig wäre (S3).</translation>
        </message>
        <message>
            <source>The other ending: capex growth cools earlier, power keeps up and AI finds high-return uses in regulated industries quickly (S4's two deciding factors: capability and high-ROI deployment). Revenue covers the full cost in 2029, the peak US power shortfall shrinks to 3.5 GW, peak stress stays at 7 and there is no bust. Ask the room: which of the levers that got us here can we actually influence?</source>
            <translation>Der andere Ausgang: Das Investitionswachstum kühlt früher ab, der Strom hält Schritt und KI findet rasch rentable Anwendungen in regulierten Branchen (die zwei entscheidenden Faktoren aus S4: Leistungsfähigkeit und Einsatz mit hoher Rendite). Der Umsatz deckt die Vollkosten 2029, die größte Stromlücke der USA schrumpft auf 3,5 GW, der Stress bleibt in der Spitze bei 7 und es gibt keinen Einbruch. Fragen Sie den Raum: Welche der Hebel, die uns hierher geführt haben, können wir tatsächlich beeinflussen?</translation>
        </message>
        <message>
            <source>Monetization lags (S5): AI revenue diffuses at less than half the speed and its long-run potential is a quarter lower, while the build-out runs faster. On top, the circular deals unwind (S3, S5): 30% of reported revenue turns out to be round-tripped and investors strip it out. Investors count only 28% of the full cost as covered in 2027, they pull back from 2029: capex falls from $859B in 2028 to $533B in 2030, hardware is written down, the second tier's spread widens to 8.0% and peak stress reaches 53. A pull-back cascades to suppliers, energy and chip makers (S5); a later cycle starts once revenue catches up.</source>
            <translation>Die Monetarisierung hinkt hinterher (S5): Der KI-Umsatz breitet sich nicht einmal halb so schnell aus und sein langfristiges Potenzial ist ein Viertel niedriger, während der Ausbau schneller läuft. Dazu lösen sich die Kreisgeschäfte auf (S3, S5): 30 % des ausgewiesenen Umsatzes erweisen sich als Kreisgeschäft, und die Investoren rechnen ihn heraus. 2027 sehen die Investoren nur 28 % der Vollkosten als gedeckt an, ab 2029 ziehen sie sich zurück: Die Investitionen fallen von 859 Mrd. $ im Jahr 2028 auf 533 Mrd. $ im Jahr 2030, Hardware wird abgeschrieben, der Kreditaufschlag der zweiten Reihe weitet sich auf 8,0 % aus und der Stress erreicht in der Spitze 53. Ein Rückzug der Investoren schlägt auf Zulieferer, Energieversorger und Chiphersteller durch (S5); ein späterer Zyklus beginnt, sobald der Umsatz aufholt.</translation>
        </message>
        <message>
            <source>3 · The monetization gap</source>
            <translation>3 · Die Monetarisierungslücke</translation>
        </message>
        <message>
            <source>4 · The financing strain</source>
            <translation>4 · Die Finanzierungsbelastung</translation>
        </message>
        <message>
            <source>Who pays? Hyperscalers fund from cash flow first, the second tier borrows against its hardware, the labs raise equity and vendor money (S3, S4, S5). Here more of the financing goes through SPVs and private credit, interest rises to 8%, lenders advance only 60% of the hardware's value, and the hardware is retired after four years instead of five and a half (S5: fast-obsolescing hardware; R3: critics say 2–3 years). Shorter-lived hardware raises the full cost more than the dearer money does: revenue covers it only in 2033, a year after the consensus. And the money does not follow: $129B of planned capex 2025–2030 cannot be funded, the second tier's spread widens to 4.9% in 2030 and capex 2025–2030 falls from $5.67T to $5.23T: now money, not only power, binds. Ask the room: what would make investors lose patience?</source>
            <translation>Wer zahlt? Die Hyperscaler finanzieren sich zuerst aus dem Cashflow, die zweite Reihe nimmt Kredite gegen ihre Hardware auf, die KI-Labore sammeln Eigenkapital und Geld der Zulieferer ein (S3, S4, S5). Hier läuft mehr der Finanzierung über Zweckgesellschaften und Privatkredite, der Zins steigt auf 8 %, die Kreditgeber beleihen nur 60 % des Hardwarewerts, und die Hardware wird nach vier statt fünfeinhalb Jahren ausgemustert (S5: schnell veraltende Hardware; R3: Kritiker sagen 2–3 Jahre). Die kürzere Lebensdauer der Hardware erhöht die Vollkosten stärker als das teurere Geld: Der Umsatz deckt sie erst 2033, ein Jahr nach dem Konsens. Und das Geld folgt nicht: 129 Mrd. $ geplanter Investitionen 2025–2030 lassen sich nicht finanzieren, der Kreditaufschlag der zweiten Reihe weitet sich 2030 auf 4,9 % aus und die Investitionen 2025–2030 sinken von 5,67 Bio. $ auf 5,23 Bio. $: Jetzt bremst das Geld, nicht nur der Strom. Fragen Sie den Raum: Was würde die Investoren die Geduld verlieren lassen?</translation>
        </message>
        <message>
            <source>5 · Ending A: the bust</source>
            <translation>5 · Ausgang A: der Einbruch</translation>
        </message>
        <message>
            <source>6 · Ending B: the soft landing</source>
            <translation>6 · Ausgang B: die sanfte Landung</translation>
        </message>
    </context>
    <context>
        <name>SyntaxText</name>
        <message>
            <source>“{0}” is not a figure: use one of {1} or an output column name (as in the exported CSV header).</source>
            <translation>„{0}“ ist keine Kennzahl: Verwenden Sie eine von {1} oder einen Spaltennamen der Ergebnisse (wie in der Kopfzeile der exportierten CSV-Datei).</translation>
        </message>
        <message>
            <source>The number in “{0}” must be finite.</source>
            <translation>Die Zahl in „{0}“ muss endlich sein.</translation>
        </message>
        <message>
            <source>{0} runs from {1} to {2}, so “{3}” can never hold; choose a number in that range.</source>
            <translation>{0} reicht von {1} bis {2}, daher kann „{3}“ nie zutreffen; wählen Sie eine Zahl in diesem Bereich.</translation>
        </message>
        <message>
            <source>{0} runs from {1} to {2}, so “{3}” holds in every scenario and there is nothing to find; choose a number inside that range.</source>
            <translation>{0} reicht von {1} bis {2}, daher trifft „{3}“ in jedem Szenario zu und es gibt nichts zu finden; wählen Sie eine Zahl innerhalb dieses Bereichs.</translation>
        </message>
        <message>
            <source>No year before {0} is simulated, so “{1}” holds in every scenario and there is nothing to find; choose a year after {0}.</source>
            <translation>Vor {0} wird kein Jahr simuliert, daher trifft „{1}“ in jedem Szenario zu und es gibt nichts zu finden; wählen Sie ein Jahr nach {0}.</translation>
        </message>
        <message>
            <source>No year before {0} is simulated, so “{1}” can never hold; choose a year after {0}.</source>
            <translation>Vor {0} wird kein Jahr simuliert, daher kann „{1}“ nie zutreffen; wählen Sie ein Jahr nach {0}.</translation>
        </message>
        <message>
            <source>The year {0} is outside the simulated years {1} to {2}.</source>
            <translation>Das Jahr {0} liegt außerhalb der simulierten Jahre {1} bis {2}.</translation>
        </message>
    </context>
    <context>
        <name>TargetWord</name>
        <message>
            <source>coverage</source>
            <translation>Deckungsgrad</translation>
        </message>
        <message>
            <source>shortfall</source>
            <translation>Stromlücke</translation>
        </message>
        <message>
            <source>stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>debt</source>
            <translation>Schulden</translation>
        </message>
        <message>
            <source>capex</source>
            <translation>Investitionen</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>leverage</source>
            <translation>Verschuldungsgrad</translation>
        </message>
        <message>
            <source>no</source>
            <translation>kein</translation>
        </message>
        <message>
            <source>bust</source>
            <translation>Einbruch</translation>
        </message>
        <message>
            <source>once</source>
            <translation>einmal</translation>
        </message>
        <message>
            <source>by</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>from</source>
            <translation>ab</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vor</translation>
        </message>
        <message>
            <source>not</source>
            <translation>nicht</translation>
        </message>
    </context>
    <context>
        <name>TornadoChart</name>
        <message>
            <source>no effect</source>
            <translation>keine Wirkung</translation>
        </message>
        <message>
            <source>{0}: at {1} → {2}; at {3} → {4} (now {5}). Click to select the slider.</source>
            <translation>{0}: bei {1} → {2}; bei {3} → {4} (jetzt {5}). Klicken wählt den Regler aus.</translation>
        </message>
    </context>
    <context>
        <name>TornadoFeature</name>
        <message>
            <source>Sensitivity tornado</source>
            <translation>Tornado</translation>
        </message>
        <message>
            <source>Sensitivity &amp;tornado</source>
            <translation>Sensitivitäts-&amp;Tornado</translation>
        </message>
        <message>
            <source>How far each parameter, from its minimum to its maximum, moves a headline figure (Ctrl+T)</source>
            <translation>Wie weit jeder Parameter von seinem Minimum bis zu seinem Maximum eine Kennzahl bewegt (Strg+T)</translation>
        </message>
        <message>
            <source>Selected: {0} (use the arrow keys)</source>
            <translation>Ausgewählt: {0} (mit den Pfeiltasten verstellen)</translation>
        </message>
    </context>
    <context>
        <name>TornadoPanel</name>
        <message>
            <source>Which headline figure the bars show</source>
            <translation>Welche Kennzahl die Balken zeigen</translation>
        </message>
        <message>
            <source>&lt;span style='color:{0}'&gt;■&lt;/span&gt; minimum &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; maximum &amp;nbsp; | now &lt;b&gt;{2}&lt;/b&gt;</source>
            <translation>&lt;span style='color:{0}'&gt;■&lt;/span&gt; Minimum &amp;nbsp; &lt;span style='color:{1}'&gt;■&lt;/span&gt; Maximum &amp;nbsp; | jetzt &lt;b&gt;{2}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Each bar: one parameter on its own from its minimum (blue) to its maximum (orange), all others as set; the line is the current value. Click a bar to select its slider.</source>
            <translation>Jeder Balken: ein Parameter allein von seinem Minimum (blau) bis zu seinem Maximum (orange), alle anderen wie eingestellt; die Linie ist der aktuelle Wert. Klick auf einen Balken wählt seinen Regler.</translation>
        </message>
        <message>
            <source>Figure:</source>
            <translation>Kennzahl:</translation>
        </message>
    </context>
    <context>
        <name>TradeOffPlot</name>
        <message>
            <source>Coverage (%)</source>
            <translation>Abdeckung (%)</translation>
        </message>
        <message>
            <source>Density (%)</source>
            <translation>Dichte (%)</translation>
        </message>
        <message>
            <source>Each point is one step of PRIM's peeling. Coverage: the share of the scenarios where the condition holds that lie in the box. Density: the share of the scenarios in the box where it holds. Click a point to choose its box.</source>
            <translation>Jeder Punkt ist ein Schälschritt von PRIM. Abdeckung: der Anteil der Szenarien, in denen die Bedingung gilt, die in der Box liegen. Dichte: der Anteil der Szenarien in der Box, in denen sie gilt. Klicken wählt die Box dieses Punkts.</translation>
        </message>
        <message>
            <source>Step {0}: coverage {1}, density {2}, {3} inputs restricted</source>
            <translation>Schritt {0}: Abdeckung {1}, Dichte {2}, {3} Eingaben eingeschränkt</translation>
        </message>
    </context>
    <context>
        <name>UncertaintyFeature</name>
        <message>
            <source>&amp;Uncertainty</source>
            <translation>&amp;Unsicherheit</translation>
        </message>
        <message>
            <source>Shade the 10–90 % and 25–75 % range of 1,000 scenarios drawn around the current settings, with their median (Ctrl+U)</source>
            <translation>Den Bereich 10–90 % und 25–75 % von 1.000 um die aktuellen Einstellungen gezogenen Szenarien schattieren, mit ihrem Median (Strg+U)</translation>
        </message>
        <message>
            <source>Uncertainty: shaded are the 10–90 % and 25–75 % ranges of 1,000 scenarios drawn around the current settings; dotted, their median</source>
            <translation>Unsicherheit: schattiert sind die Bereiche 10–90 % und 25–75 % von 1.000 um die aktuellen Einstellungen gezogenen Szenarien; gepunktet ihr Median</translation>
        </message>
        <message>
            <source>Uncertainty bands off</source>
            <translation>Unsicherheitsbänder aus</translation>
        </message>
        <message>
            <source>Uncertainty bands failed: {0}</source>
            <translation>Unsicherheitsbänder fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>10–90 %</source>
            <translation>10–90 %</translation>
        </message>
        <message>
            <source>25–75 %</source>
            <translation>25–75 %</translation>
        </message>
        <message>
            <source>median</source>
            <translation>Median</translation>
        </message>
    </context>
    <context>
        <name>VerdictLine</name>
        <message>
            <source>No bust by {end_year}, but revenue does not cover full cost by then; stress peaks at {peak_stress}</source>
            <translation>Kein Einbruch bis {end_year}, aber der Umsatz deckt bis dahin nicht die Vollkosten; Stress erreicht höchstens {peak_stress}</translation>
        </message>
        <message>
            <source>Bust in {bust_year} lasting to {end_year}: new compute earns only {price_to_cost} of its full cost</source>
            <translation>Einbruch {bust_year} bis {end_year}: neue Rechenleistung verdient nur {price_to_cost} ihrer Vollkosten</translation>
        </message>
        <message>
            <source>Bust in {bust_year}, capex turned in {turn_year}: it falls {capex_fall} and stress peaks at {peak_stress}</source>
            <translation>Einbruch {bust_year}, Wende der Investitionen {turn_year}: sie fallen um {capex_fall}, Stress erreicht höchstens {peak_stress}</translation>
        </message>
        <message>
            <source>Bust in {bust_year}: capex falls {capex_fall} and stress peaks at {peak_stress}</source>
            <translation>Einbruch {bust_year}: Investitionen fallen um {capex_fall}, Stress erreicht höchstens {peak_stress}</translation>
        </message>
        <message>
            <source>No bust, yet capex falls {capex_fall} from {peak_year} as plans shrink</source>
            <translation>Kein Einbruch, doch die Investitionen fallen ab {peak_year} um {capex_fall}, weil die Pläne schrumpfen</translation>
        </message>
        <message>
            <source>No bust by {end_year}: revenue covers full cost in {coverage_year}, falls short again in {short_again_year}; stress peaks at {peak_stress}</source>
            <translation>Kein Einbruch bis {end_year}: Umsatz deckt {coverage_year} die Vollkosten, {short_again_year} wieder nicht; Stress erreicht höchstens {peak_stress}</translation>
        </message>
        <message>
            <source>No bust by {end_year}: revenue covers full cost from {coverage_year}, stress peaks at {peak_stress}</source>
            <translation>Kein Einbruch bis {end_year}: Umsatz deckt ab {coverage_year} die Vollkosten, Stress erreicht höchstens {peak_stress}</translation>
        </message>
        <message>
            <source>No bust, yet capex falls {capex_fall} from {peak_year}: {unfunded} of the plans cannot be funded</source>
            <translation>Kein Einbruch, doch die Investitionen fallen ab {peak_year} um {capex_fall}: {unfunded} der Pläne lassen sich nicht finanzieren</translation>
        </message>
        <message>
            <source>No bust, yet capex falls {capex_fall} from {peak_year}: {waiting} of the plans wait for power</source>
            <translation>Kein Einbruch, doch die Investitionen fallen ab {peak_year} um {capex_fall}: {waiting} der Pläne warten auf Strom</translation>
        </message>
        <message>
            <source>What this scenario does, from the model's numbers: the bust year, the headline 'Revenue covers spend' and the peak of the stress index; for a bust that lasts to the end, what new compute earns over its full cost then (below 1, investors stay out); without a bust, a fall of capex of a fifth or more below its peak and the share of plans that could not be funded</source>
            <translation>Was dieses Szenario tut, aus den Zahlen des Modells: das Jahr des Einbruchs, die Kennzahl „Umsatz deckt Ausgaben“ und der Höchstwert des Stressindex; bei einem Einbruch, der bis zum Ende anhält, was neue Rechenleistung dann im Verhältnis zu ihren Vollkosten verdient (unter 1 bleiben die Investoren fern); ohne Einbruch ein Rückgang der Investitionen um ein Fünftel oder mehr unter ihren Höchststand und der Anteil der Pläne, der sich nicht finanzieren ließ</translation>
        </message>
    </context>
</TS>
