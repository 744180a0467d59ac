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
