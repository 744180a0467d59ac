<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Source</source>
        <translation type="unfinished">منبع</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review allegations against public officials, offline. Makes no network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled dossier</source>
        <translation type="unfinished">پرونده‌ی بی‌عنوان</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this dossier is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sources of this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved to a file (in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt (LGPL v3) through PySide6, pyqtgraph and sqlite-utils; Persian text set in Vazirmatn (SIL Open Font Licence 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPanes</name>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Person &amp;Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;View as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the timeline shows now, as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Person Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations of the selected office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person in the person list, or click a bar on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⚠ uncited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written: {aliases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offices held (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allegations (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Related events (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — an interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuser: {accuser}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role alleged: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office held at the time of the conduct: {offices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation type="unfinished">رویداد: {title}</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of {name}: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources differ — also recorded as: {version} ({rank})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations of: {position} ({span})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar &amp;Hijri Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution &amp;Colours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;As of&quot; Cursor to Da&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&amp;As of&quot; Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled dossier</source>
        <translation>پرونده‌ی بی‌عنوان</translation>
    </message>
    <message>
        <source>Checking this dossier file after opening found a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}
{problem}

Stop editing it: close the app and open it again to be offered its newest good backup (Help &gt; About lists the backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this date on the timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;As of&quot; Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who held which office on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <source>⚠ uncited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">سمت</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{citations} · sources differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position} ({span})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources differ — also recorded as: {version} ({rank})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citation: this claim is not supported by any stored source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Filter by name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, native name and other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms in office, as the dossier lists them: versions of one claim where sources differ count once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations made against the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written: {aliases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) (versions of one claim counted once)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مطابق سیستم</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start the app.</source>
        <translation>زبان تازه از دفعه‌ی بعد که برنامه را باز کنید به کار می‌رود.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names in any spelling, offices, events, allegations, source text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from, e.g. 1988</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: a date as written in the dossier (EDTF): 1988, 1988-07, 1988-07-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to, e.g. 1989-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: a date as written in the dossier (EDTF): 1988, 1988-07, 1988-07-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any allegation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names in any spelling, offices, events, allegations and source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name in any spelling, or words from a title or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the best shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}{more} · ↑↓ to move, Enter to open, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a read-only copy of the stored file in your system&apos;s viewer (nothing is fetched from the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this source and its citations: who, when, what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the selected text, verbatim, as a citation for a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a highlighted quote to see which records cite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records citing the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a citation in a dossier to read its source here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stored (the text was entered or imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} · {type} · %Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — the outlet has a stake in the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n quote(s) cited from this source are not in its stored text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An excerpt: only passages of this source are stored, not the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An excerpt: only passages of this source are stored. “[…]” marks where its text is left out (%n place(s), shaded grey).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (for {field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}
“{quote}”
Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cited here by %n record(s) — click one to open it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Dossier Timeline</source>
        <translation>خط زمانی پرونده</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <source>⚠ No citation: no stored source supports this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {locator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate to open the source at this quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>person_dossier</name>
    <message>
        <source>This dossier records allegations as its sources report them; it does not establish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on whose behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom it accuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the conduct began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the conduct ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [interested party]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}{interested}{supports}: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing (as of {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unstated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date made not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claim} — {made}, about conduct {conduct}; status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability of the accuser {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credibility of the information {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({span})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>accuser not named in the source</source>
        <translation>مدعی در منبع نام برده نشده است</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>term in office</source>
        <translation>دوره‌ی تصدی</translation>
    </message>
    <message>
        <source>event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>allegation</source>
        <translation>ادعا</translation>
    </message>
    <message>
        <source>source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>نام دیگر</translation>
    </message>
    <message>
        <source>alleged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام دیگر</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>ادعا</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Event role</source>
        <translation>نقش در رویداد</translation>
    </message>
    <message>
        <source>{org} ({speaker})</source>
        <translation>{org} ({speaker})</translation>
    </message>
    <message>
        <source>{accuser} alleges that {subject} {summary}</source>
        <translation>{accuser} ادعا می‌کند که {subject} {summary}</translation>
    </message>
    <message>
        <source>It is alleged ({accuser}) that {subject} {summary}</source>
        <translation>ادعا شده است ({accuser}) که {subject} {summary}</translation>
    </message>
    <message>
        <source>{person}: {position} ({span})</source>
        <translation>{person}: {position} ({span})</translation>
    </message>
    <message>
        <source>{kind} {id} (missing)</source>
        <translation>{kind} {id} (یافت نشد)</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message>
        <source>{kind}: {position} — {person} ({span})</source>
        <translation>{kind}: {position} — {person} ({span})</translation>
    </message>
    <message>
        <source>{kind}: {accuser} about {subject}: {summary}</source>
        <translation>{kind}: {accuser} درباره‌ی {subject}: {summary}</translation>
    </message>
    <message>
        <source>No source cited</source>
        <translation>هیچ منبعی ذکر نشده است</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>۱ منبع</translation>
    </message>
    <message>
        <source>{count} sources</source>
        <translation>{count} منبع</translation>
    </message>
    <message>
        <source>Sources differ: {count} other version of this claim</source>
        <translation>منابع اختلاف دارند: {count} روایت دیگر از این ادعا</translation>
    </message>
    <message>
        <source>Sources differ: {count} other versions of this claim</source>
        <translation>منابع اختلاف دارند: {count} روایت دیگر از این ادعا</translation>
    </message>
    <message>
        <source> (the accuser is an interested party)</source>
        <translation> (مدعی طرف ذی‌نفع است)</translation>
    </message>
    <message>
        <source>Conduct: {conduct} · made {made}</source>
        <translation>رفتار: {conduct} · مطرح‌شده در {made}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>رویداد: {title}</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>against {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleged by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a near spelling of “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an accuser not named in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: alleged by {accuser}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
