<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled dossier</source>
        <translation>پرونده‌ی بی‌عنوان</translation>
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
    <name>app</name>
    <message>
        <source>Dossier Timeline</source>
        <translation>خط زمانی پرونده</translation>
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
</TS>
