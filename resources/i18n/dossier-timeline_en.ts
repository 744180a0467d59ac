<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <source>Sources (%n)</source>
        <translation>
            <numerusform>Sources (%n)</numerusform>
            <numerusform>Sources (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsOfPanel</name>
    <message numerus="yes">
        <source>Offices held (%n)</source>
        <translation>
            <numerusform>Offices held (%Ln)</numerusform>
            <numerusform>Offices held (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Known only at another time (%n)</source>
        <translation>
            <numerusform>Known only at another time (%Ln)</numerusform>
            <numerusform>Known only at another time (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allegations about conduct around then (%n)</source>
        <translation>
            <numerusform>Allegations about conduct around then (%Ln)</numerusform>
            <numerusform>Allegations about conduct around then (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierFiles</name>
    <message numerus="yes">
        <source>Imported {name}: {added} added, {changed} changed, %n original(s)</source>
        <translation>
            <numerusform>Imported {name}: {added} added, {changed} changed, %n original</numerusform>
            <numerusform>Imported {name}: {added} added, {changed} changed, %n originals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message numerus="yes">
        <source>Offices held (%n)</source>
        <translation>
            <numerusform>Offices held (%n)</numerusform>
            <numerusform>Offices held (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allegations (%n)</source>
        <translation>
            <numerusform>Allegations (%n)</numerusform>
            <numerusform>Allegations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Related events (%n)</source>
        <translation>
            <numerusform>Related events (%n)</numerusform>
            <numerusform>Related events (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n)</source>
        <translation>
            <numerusform>Sources (%n)</numerusform>
            <numerusform>Sources (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) in office</source>
        <translation>
            <numerusform>%n term in office</numerusform>
            <numerusform>%n terms in office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event role(s)</source>
        <translation>
            <numerusform>%n event role</numerusform>
            <numerusform>%n event roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation>
            <numerusform>%n allegation</numerusform>
            <numerusform>%n allegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s)</source>
        <translation>
            <numerusform>%n original file</numerusform>
            <numerusform>%n original files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%n identifier</numerusform>
            <numerusform>%n identifiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>{name} is refused; nothing will be changed. %n problem(s):</source>
        <translation>
            <numerusform>{name} is refused; nothing will be changed. %n problem:</numerusform>
            <numerusform>{name} is refused; nothing will be changed. %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %n record(s)</source>
        <translation>
            <numerusform>add %n record</numerusform>
            <numerusform>add %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n record(s) (same id, different content)</source>
        <translation>
            <numerusform>change %n record (same id, different content)</numerusform>
            <numerusform>change %n records (same id, different content)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n record(s) it no longer has</source>
        <translation>
            <numerusform>remove %n record it no longer has</numerusform>
            <numerusform>remove %n records it no longer has</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n setting(s) ({keys})</source>
        <translation>
            <numerusform>change %n setting ({keys})</numerusform>
            <numerusform>change %n settings ({keys})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsSourceView</name>
    <message numerus="yes">
        <source>%n claim(s) have no citation. Select text in a source and choose “Cite for…” to add one.</source>
        <translation>
            <numerusform>%n claim has no citation. Select text in a source and choose “Cite for…” to add one.</numerusform>
            <numerusform>%n claims have no citation. Select text in a source and choose “Cite for…” to add one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginalsActions</name>
    <message numerus="yes">
        <source>%n stored original(s) no longer match the SHA-256 taken when they were added.</source>
        <translation>
            <numerusform>%n stored original no longer matches the SHA-256 taken when it was added.</numerusform>
            <numerusform>%n stored originals no longer match the SHA-256 taken when they were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n stored original(s) match the SHA-256 taken when they were added.</source>
        <translation>
            <numerusform>The %n stored original matches the SHA-256 taken when it was added.</numerusform>
            <numerusform>All %n stored originals match the SHA-256 taken when they were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {path} with %n original(s)</source>
        <translation>
            <numerusform>Exported {path} with %n original</numerusform>
            <numerusform>Exported {path} with %n originals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message numerus="yes">
        <source>%n office(s) (versions of one claim counted once)</source>
        <translation>
            <numerusform>%n office (versions of one claim counted once)</numerusform>
            <numerusform>%n offices (versions of one claim counted once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation>
            <numerusform>%n allegation</numerusform>
            <numerusform>%n allegations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>{kind} (%n)</source>
        <translation>
            <numerusform>{kind} (%n)</numerusform>
            <numerusform>{kind} (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message numerus="yes">
        <source>{file} · {type} · %Ln byte(s)</source>
        <translation>
            <numerusform>{file} · {type} · %Ln byte</numerusform>
            <numerusform>{file} · {type} · %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n quote(s) cited from this source are not in its stored text.</source>
        <translation>
            <numerusform>⚠ %n quote cited from this source is not in its stored text.</numerusform>
            <numerusform>⚠ %n quotes cited from this source are not in its stored text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An excerpt: only passages of this source are stored. “[…]” marks where its text is left out (%n place(s), shaded grey).</source>
        <translation>
            <numerusform>An excerpt: only passages of this source are stored. “[…]” marks where its text is left out (%n place, shaded grey).</numerusform>
            <numerusform>An excerpt: only passages of this source are stored. “[…]” marks where its text is left out (%n places, shaded grey).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited here by %n record(s) — click one to open it:</source>
        <translation>
            <numerusform>Cited here by %n record — click one to open it:</numerusform>
            <numerusform>Cited here by %n records — click one to open it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredFilesPanel</name>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary copy(ies)</source>
        <translation>
            <numerusform>%n temporary copy</numerusform>
            <numerusform>%n temporary copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message numerus="yes">
        <source>+%n more institution(s) (colours repeat)</source>
        <translation>
            <numerusform>+%Ln more institution (colours repeat)</numerusform>
            <numerusform>+%Ln more institutions (colours repeat)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%Ln office</numerusform>
            <numerusform>%Ln offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation>
            <numerusform>%Ln allegation</numerusform>
            <numerusform>%Ln allegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
</TS>
