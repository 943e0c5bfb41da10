<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../../workbench/ui/about.py" line="15" />
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/about.py" line="26" />
        <source>Compare how news outlets report the same event: parallel passages side by side, the words that differ, and what each outlet leaves out.</source>
        <translation>Vergleichen Sie, wie Nachrichtenmedien über dasselbe Ereignis berichten: parallele Passagen nebeneinander, die abweichenden Wörter und was jedes Medium weglässt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/about.py" line="29" />
        <source>Works offline; every change is stored in the project file at once.</source>
        <translation>Arbeitet offline; jede Änderung wird sofort in der Projektdatei gespeichert.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workbench/ui/actions.py" line="26" />
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="27" />
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="28" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="29" />
        <source>Every change is stored at once; Save As makes a copy and continues in it</source>
        <translation>Jede Änderung wird sofort gespeichert; „Speichern unter“ legt eine Kopie an und arbeitet darin weiter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="30" />
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="31" />
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="32" />
        <source>Import from the &amp;Web…</source>
        <translation>Aus dem &amp;Web importieren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="33" />
        <source>Open the &amp;Demo Articles</source>
        <translation>&amp;Demo-Artikel öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="34" />
        <source>Five German reports of the Putin–Kim summit, in a temporary project</source>
        <translation>Fünf deutsche Berichte über das Treffen von Putin und Kim, in einem vorläufigen Projekt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="35" />
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="36" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="38" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="40" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="42" />
        <source>&amp;Search Articles</source>
        <translation>Artikel &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="44" />
        <source>&amp;Link Selected Passages</source>
        <translation>Ausgewählte Passagen &amp;verknüpfen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="45" />
        <source>These passages report the same fact: put them in one group</source>
        <translation>Diese Passagen berichten dieselbe Tatsache: in eine Gruppe legen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="46" />
        <source>&amp;Unlink Passage</source>
        <translation>Passage &amp;lösen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="47" />
        <source>This passage belongs to no group: show it as reported by this outlet only</source>
        <translation>Diese Passage gehört zu keiner Gruppe: als nur von diesem Medium berichtet zeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="48" />
        <source>&amp;Split Into New Group</source>
        <translation>In neue Gruppe &amp;abtrennen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="49" />
        <source>The selected passages leave their group and form a group of their own</source>
        <translation>Die ausgewählten Passagen verlassen ihre Gruppe und bilden eine eigene</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="50" />
        <source>&amp;Merge Selected Groups</source>
        <translation>Ausgewählte Gruppen &amp;zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="51" />
        <source>The selected rows report the same fact: make them one group</source>
        <translation>Die ausgewählten Zeilen berichten dieselbe Tatsache: zu einer Gruppe machen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="53" />
        <source>&amp;Comparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="54" />
        <source>&amp;Reading</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="55" />
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="56" />
        <source>Ignore &amp;Case in Differences</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="57" />
        <source>Words that differ only in upper/lower case are not highlighted</source>
        <translation>Wörter, die sich nur in Groß-/Kleinschreibung unterscheiden, werden nicht markiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="58" />
        <source>Ignore &amp;Punctuation in Differences</source>
        <translation>&amp;Satzzeichen ignorieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="59" />
        <source>Differences in punctuation are not highlighted</source>
        <translation>Unterschiede in der Zeichensetzung werden nicht markiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="60" />
        <source>Show Passages &amp;Only One Outlet Reports</source>
        <translation>Passagen &amp;nur eines Mediums zeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="61" />
        <source>Show or hide the rows of passages that only one outlet reports</source>
        <translation>Zeilen mit Passagen, die nur ein Medium berichtet, zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="62" />
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="63" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="64" />
        <source>&amp;Normal Size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="66" />
        <source>System Colours</source>
        <translation>Systemfarben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="66" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="67" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="71" />
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="76" />
        <source>&amp;Next Group</source>
        <translation>&amp;Nächste Gruppe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="77" />
        <source>&amp;Previous Group</source>
        <translation>&amp;Vorherige Gruppe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="78" />
        <source>Read in &amp;Context</source>
        <translation>Im &amp;Zusammenhang lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="79" />
        <source>Open the article of the selected passage in the reading view</source>
        <translation>Den Artikel der ausgewählten Passage in der Leseansicht öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="80" />
        <source>&amp;Back to the Comparison</source>
        <translation>&amp;Zurück zum Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="82" />
        <source>&amp;About Workbench</source>
        <translation>Ü&amp;ber Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="126" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="136" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="140" />
        <source>&amp;Alignment</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="142" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="148" />
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="150" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="152" />
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="154" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/actions.py" line="156" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../workbench/ui/commands.py" line="16" />
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="17" />
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="18" />
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="19" />
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="20" />
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="21" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="33" />
        <source>Edit {field} of {doc}</source>
        <translation>{field} von {doc} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="52" />
        <source>Change compared outlets</source>
        <translation>Verglichene Medien ändern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="63" />
        <source>Link passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="64" />
        <source>Unlink passage</source>
        <translation>Passage lösen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="65" />
        <source>Split passages into a new group</source>
        <translation>Passagen in neue Gruppe abtrennen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="66" />
        <source>Merge groups</source>
        <translation>Gruppen zusammenführen</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../workbench/ui/comparison_model.py" line="134" />
        <source>{outlet} has no passage here (omission)</source>
        <translation>{outlet} hat hier keine Passage (Auslassung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_model.py" line="136" />
        <source>Only {outlet} reports this</source>
        <translation>Nur {outlet} berichtet das</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_model.py" line="138" />
        <source>Reference passage: the other outlets are compared with it</source>
        <translation>Bezugspassage: die anderen Medien werden mit ihr verglichen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_model.py" line="139" />
        <source>Highlighted words differ from the reference passage</source>
        <translation>Markierte Wörter weichen von der Bezugspassage ab</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_model.py" line="152" />
        <source>Drag to change the column order</source>
        <translation>Ziehen, um die Spaltenreihenfolge zu ändern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_model.py" line="163" />
        <source>Reported by one outlet only</source>
        <translation>Nur von einem Medium berichtet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_model.py" line="164" />
        <source>Group {id}: reported by {n} of {total} outlets</source>
        <translation>Gruppe {id}: von {n} der {total} Medien berichtet</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <location filename="../../workbench/ui/comparison_page.py" line="49" />
        <source>No project open.

Create a project (File → New Project) or open one — or simply drop a few articles about the same event onto this window.</source>
        <translation>Kein Projekt geöffnet.

Legen Sie ein Projekt an (Datei → Neues Projekt) oder öffnen Sie eines – oder ziehen Sie einfach einige Artikel über dasselbe Ereignis in dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_page.py" line="54" />
        <source>Import at least two articles about the same event to compare them:
File → Import Files, or drop files or a folder onto this window.</source>
        <translation>Importieren Sie mindestens zwei Artikel über dasselbe Ereignis, um sie zu vergleichen:
Datei → Dateien importieren, oder Dateien bzw. einen Ordner in dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_page.py" line="57" />
        <source>Tick at least two articles in the Documents panel to compare them.</source>
        <translation>Haken Sie im Bereich „Dokumente“ mindestens zwei Artikel an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_page.py" line="59" />
        <source>These articles have no passages to compare.</source>
        <translation>Diese Artikel haben keine vergleichbaren Passagen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comparison_page.py" line="60" />
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../../workbench/ui/corrections.py" line="105" />
        <source>Select several cells (Ctrl+click) to link, split or merge</source>
        <translation>Mehrere Zellen auswählen (Strg+Klick), um zu verknüpfen, abzutrennen oder zusammenzuführen</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../workbench/ui/coverage_model.py" line="75" />
        <source>Double-click to show this passage in the comparison</source>
        <translation>Doppelklick zeigt diese Passage im Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/coverage_model.py" line="90" />
        <source>{outlet}: not reported (omission)</source>
        <translation>{outlet}: nicht berichtet (Auslassung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/coverage_model.py" line="98" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/coverage_model.py" line="102" />
        <source>only</source>
        <translation>nur</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../workbench/ui/crash.py" line="43" />
        <source>Something went wrong: {what}</source>
        <translation>Etwas ist schiefgegangen: {what}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/crash.py" line="45" />
        <source>A report was written to {path}.</source>
        <translation>Ein Bericht wurde nach {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../workbench/ui/documents_model.py" line="45" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_model.py" line="45" />
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_model.py" line="45" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_model.py" line="45" />
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_model.py" line="45" />
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_model.py" line="80" />
        <source>{id} · {source}
Tick to compare this article</source>
        <translation>{id} · {source}
Anhaken, um diesen Artikel zu vergleichen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_model.py" line="82" />
        <source>Double-click to edit</source>
        <translation>Doppelklick zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../workbench/ui/documents_panel.py" line="54" />
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_panel.py" line="55" />
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_panel.py" line="56" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_panel.py" line="66" />
        <source>Compared, in column order (or drag the column headers):</source>
        <translation>Verglichen, in Spaltenreihenfolge (oder Spaltenköpfe ziehen):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_panel.py" line="94" />
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_panel.py" line="96" />
        <source>No articles yet: use File → Import, or drop files onto the window.</source>
        <translation>Noch keine Artikel: Datei → Importieren verwenden oder Dateien in das Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_panel.py" line="98" />
        <source>Tick the articles to compare. Double-click a title, outlet or date to edit it; press Enter to read the article.</source>
        <translation>Haken Sie die zu vergleichenden Artikel an. Doppelklick auf Titel, Medium oder Datum zum Bearbeiten; Eingabetaste zum Lesen des Artikels.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/documents_panel.py" line="156" />
        <source>Change column order</source>
        <translation>Spaltenreihenfolge ändern</translation>
    </message>
</context>
<context>
    <name>GroupDetailPane</name>
    <message>
        <location filename="../../workbench/ui/detail_pane.py" line="30" />
        <source>Click a passage in the comparison to see every outlet's version of it here.</source>
        <translation>Klicken Sie im Vergleich auf eine Passage, um hier die Fassung jedes Mediums zu sehen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/detail_pane.py" line="42" />
        <source>Only {outlet} reports this</source>
        <translation>Nur {outlet} berichtet das</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/detail_pane.py" line="44" />
        <source>Group {id}: reported by {n} of {total} outlets</source>
        <translation>Gruppe {id}: von {n} der {total} Medien berichtet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/detail_pane.py" line="48" />
        <source>Highlighted words differ from the reference passage (marked ◆).</source>
        <translation>Markierte Wörter weichen von der Bezugspassage (◆) ab.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/detail_pane.py" line="49" />
        <source>read in context</source>
        <translation>im Zusammenhang lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/detail_pane.py" line="50" />
        <source>Framing cues</source>
        <translation>Framing-Hinweise</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/detail_pane.py" line="56" />
        <source>no corresponding passage (omitted)</source>
        <translation>keine entsprechende Passage (ausgelassen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/detail_pane.py" line="67" />
        <source>Not available yet: once framing-cue detection is added, the words that frame this passage (labels for actors and events, reporting verbs, hedges, evaluations) will be listed here with an explanation and their counterparts in the other outlets.</source>
        <translation>Noch nicht verfügbar: Sobald die Erkennung von Framing-Hinweisen hinzukommt, werden hier die Wörter aufgeführt, die diese Passage rahmen (Bezeichnungen für Akteure und Ereignisse, Redeverben, Abschwächungen, Wertungen) – mit Erklärung und ihren Gegenstücken in den anderen Medien.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="77" />
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="78" />
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Artikel ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="84" />
        <source>Import a folder of articles</source>
        <translation>Einen Ordner mit Artikeln importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="92" />
        <source>Import from the web</source>
        <translation>Aus dem Web importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="92" />
        <source>Addresses of articles (one per line):</source>
        <translation>Adressen der Artikel (eine pro Zeile):</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="122" />
        <source>1 article imported</source>
        <translation>1 Artikel importiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="124" />
        <source>{n} articles imported</source>
        <translation>{n} Artikel importiert</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="30" />
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="32" />
        <source>{imported} imported, {duplicates} already in the project, {failed} could not be imported.</source>
        <translation>{imported} importiert, {duplicates} schon im Projekt, {failed} konnten nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="36" />
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="39" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="39" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="42" />
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/import_controller.py" line="42" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="28" />
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="32" />
        <source>Framing cues</source>
        <translation>Framing-Hinweise</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="34" />
        <source>Not available yet. Cue families (actor and event labels, reporting verbs, hedges, evaluations, attributions, quote and factual variants) will be switched on and off here.</source>
        <translation>Noch nicht verfügbar. Hier werden Hinweisfamilien (Bezeichnungen für Akteure und Ereignisse, Redeverben, Abschwächungen, Wertungen, Zuschreibungen, Zitat- und Faktenvarianten) ein- und ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="49" />
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="49" />
        <source>differ from the reference passage</source>
        <translation>weichen von der Bezugspassage ab</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="50" />
        <location filename="../../workbench/ui/legend_panel.py" line="51" />
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="50" />
        <source>the reference passage of its group</source>
        <translation>die Bezugspassage ihrer Gruppe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="51" />
        <source>only this outlet reports it</source>
        <translation>nur dieses Medium berichtet es</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="52" />
        <source>no such passage in this outlet (omission)</source>
        <translation>keine solche Passage in diesem Medium (Auslassung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/legend_panel.py" line="53" />
        <source>row header: how many outlets report it</source>
        <translation>Zeilenkopf: wie viele Medien es berichten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="53" />
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="54" />
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="55" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="66" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="67" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="68" />
        <source>Passage details</source>
        <translation>Passagendetails</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="69" />
        <source>Legend and filters</source>
        <translation>Legende und Filter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="76" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="79" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="161" />
        <source>Untitled (temporary — use Save As to keep it)</source>
        <translation>Unbenannt (vorläufig – mit „Speichern unter“ behalten)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="169" />
        <source>Workbench projects (*.wbproj);;All files (*)</source>
        <translation>Workbench-Projekte (*.wbproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="176" />
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="186" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="192" />
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="210" />
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="213" />
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="286" />
        <source>The language changes the next time Workbench starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="301" />
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="307" />
        <source>About Workbench</source>
        <translation>Über Workbench</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../workbench/ui/navigator.py" line="78" />
        <source>Change column order</source>
        <translation>Spaltenreihenfolge ändern</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../workbench/ui/overview_view.py" line="43" />
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/overview_view.py" line="45" />
        <source>&lt;h3&gt;Actor labels&lt;/h3&gt;&lt;p&gt;Not available yet.&lt;/p&gt;&lt;p&gt;Once framing-cue detection is added, this table will show how each outlet names the people, states and groups in the story (for example “Machthaber” against “Präsident”), with a click leading to each use.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bezeichnungen für Akteure&lt;/h3&gt;&lt;p&gt;Noch nicht verfügbar.&lt;/p&gt;&lt;p&gt;Sobald die Erkennung von Framing-Hinweisen hinzukommt, zeigt diese Tabelle, wie jedes Medium die Personen, Staaten und Gruppen der Geschichte nennt (etwa „Machthaber“ gegenüber „Präsident“); ein Klick führt zu jeder Verwendung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/overview_view.py" line="53" />
        <source>Actor labels</source>
        <translation>Akteursbezeichnungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/overview_view.py" line="64" />
        <source>Nothing compared yet.</source>
        <translation>Noch nichts verglichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/overview_view.py" line="68" />
        <source>&lt;b style='color:{colour}'&gt;{outlet}&lt;/b&gt;: reports {reports} groups, omits {omits}, {only} passages only it reports</source>
        <translation>&lt;b style='color:{colour}'&gt;{outlet}&lt;/b&gt;: berichtet {reports} Gruppen, lässt {omits} aus, {only} Passagen berichtet nur es</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/overview_view.py" line="71" />
        <source>Click a cell to jump to the passage. Pale: shared with others; strong: only this outlet.</source>
        <translation>Klicken Sie auf eine Zelle, um zur Passage zu springen. Blass: mit anderen geteilt; kräftig: nur dieses Medium.</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../workbench/ui/progress_widget.py" line="17" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../workbench/ui/session.py" line="132" />
        <source>Saved as {name}</source>
        <translation>Gespeichert als {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="134" />
        <source>Saving a copy</source>
        <translation>Kopie wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="152" />
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="205" />
        <source>Aligning</source>
        <translation>Zuordnung läuft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="222" />
        <source>Recording the correction</source>
        <translation>Korrektur wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="231" />
        <source>Removing the correction</source>
        <translation>Korrektur wird entfernt</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../workbench/ui/reading_view.py" line="27" />
        <source>◀ Back to the comparison</source>
        <translation>◀ Zurück zum Vergleich</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reading_view.py" line="34" />
        <source>Framing cues and annotations will be marked in the text once they are available.</source>
        <translation>Framing-Hinweise und Anmerkungen werden im Text markiert, sobald sie verfügbar sind.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reading_view.py" line="73" />
        <source>Choose an article above, or use “read in context” on any passage of the comparison.</source>
        <translation>Wählen Sie oben einen Artikel, oder nutzen Sie „im Zusammenhang lesen“ bei einer Passage des Vergleichs.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reading_view.py" line="130" />
        <source>Shaded: passages other outlets also report (click to compare); green: only this outlet reports it; grey: agency credits and other boilerplate.</source>
        <translation>Schattiert: Passagen, die auch andere Medien berichten (Klick zum Vergleichen); grün: nur dieses Medium berichtet es; grau: Agenturvermerke und andere Textbausteine.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../workbench/ui/search_panel.py" line="101" />
        <source>Search all articles: words, "exact phrase", prefix*</source>
        <translation>Alle Artikel durchsuchen: Wörter, "genaue Wendung", Präfix*</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_panel.py" line="136" />
        <source>Open a project to search its articles.</source>
        <translation>Öffnen Sie ein Projekt, um seine Artikel zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_panel.py" line="141" />
        <source>Type to search every article of the project.</source>
        <translation>Tippen Sie, um alle Artikel des Projekts zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_panel.py" line="143" />
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_panel.py" line="145" />
        <source>{n} matching articles; press Enter on one to show the passage.</source>
        <translation>{n} passende Artikel; Eingabetaste auf einem zeigt die Passage.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../workbench/ui/search_panel.py" line="50" />
        <source>Enter or double-click: show this passage</source>
        <translation>Eingabetaste oder Doppelklick: diese Passage zeigen</translation>
    </message>
</context>
</TS>