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
<context>
    <name>report</name>
    <message>
        <source>{name} — person dossier</source>
        <translation>{name} — پرونده‌ی شخص</translation>
    </message>
    <message>
        <source>Notice.</source>
        <translation>توجه.</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>تا تاریخ {date}</translation>
    </message>
    <message>
        <source>allegations known by {date}</source>
        <translation>ادعاهای مطرح‌شده تا {date}</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>نام‌های دیگر:</translation>
    </message>
    <message>
        <source>Life:</source>
        <translation>زندگی:</translation>
    </message>
    <message>
        <source>The person record has no citation.</source>
        <translation>برای این شخص هیچ استنادی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Offices held</source>
        <translation>سمت‌های تصدی‌شده</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>پی‌نوشت‌ها</translation>
    </message>
    <message>
        <source>sources differ: also</source>
        <translation>منابع اختلاف دارند؛ همچنین:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>Why this version first:</source>
        <translation>چرا این روایت نخست آمده است:</translation>
    </message>
    <message>
        <source>uncited</source>
        <translation>بدون استناد</translation>
    </message>
    <message>
        <source>No office recorded.</source>
        <translation>هیچ سمتی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>ادعاها</translation>
    </message>
    <message>
        <source>1 allegation made after {date} is left out.</source>
        <translation>یک ادعا که پس از {date} مطرح شده، آورده نشده است.</translation>
    </message>
    <message>
        <source>{count} allegations made after {date} are left out.</source>
        <translation>{count} ادعا که پس از {date} مطرح شده‌اند، آورده نشده‌اند.</translation>
    </message>
    <message>
        <source>Accuser:</source>
        <translation>مدعی:</translation>
    </message>
    <message>
        <source>an interested party</source>
        <translation>طرف ذی‌نفع</translation>
    </message>
    <message>
        <source>role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <source>grades:</source>
        <translation>ارزیابی:</translation>
    </message>
    <message>
        <source>Office held at the time of the conduct:</source>
        <translation>سمت در زمان رفتار مورد ادعا:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>رویداد:</translation>
    </message>
    <message>
        <source>This allegation has no citation.</source>
        <translation>این ادعا هیچ استنادی ندارد.</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <source>No allegation recorded.</source>
        <translation>هیچ ادعایی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>رویدادهای مرتبط</translation>
    </message>
    <message>
        <source>No related event recorded.</source>
        <translation>هیچ رویداد مرتبطی ثبت نشده است.</translation>
    </message>
    <message>
        <source>[interested party]</source>
        <translation>[طرف ذی‌نفع]</translation>
    </message>
    <message>
        <source>(for {field})</source>
        <translation>(برای {field})</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>, by {author}</source>
        <translation>، نوشته‌ی {author}</translation>
    </message>
    <message>
        <source>interested party</source>
        <translation>طرف ذی‌نفع</translation>
    </message>
    <message>
        <source>quoted excerpts only</source>
        <translation>فقط بخش‌های نقل‌شده</translation>
    </message>
    <message>
        <source>No source cited.</source>
        <translation>هیچ منبعی استناد نشده است.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحه‌ی {page} از {pages}</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message>
        <source>Print — {name}</source>
        <translation>چاپ — {name}</translation>
    </message>
    <message>
        <source>{path}: the report is written as .pdf or .html</source>
        <translation>{path}: گزارش به صورت PDF یا HTML نوشته می‌شود</translation>
    </message>
</context>
<context>
    <name>timeline_export</name>
    <message>
        <source>size {size} is not WIDTHxHEIGHT, e.g. 1600x900</source>
        <translation>اندازه‌ی {size} به شکل پهنا×بلندا نیست؛ برای نمونه 1600x900</translation>
    </message>
    <message>
        <source>size {size} is out of range (200x150 to 10000x10000)</source>
        <translation>اندازه‌ی {size} بیرون از محدوده است (از 200x150 تا 10000x10000)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>تاریخ --to پیش از --from است</translation>
    </message>
    <message>
        <source>{path}: the file name must end in .png or .svg</source>
        <translation>{path}: نام فایل باید به ‎.png یا ‎.svg ختم شود</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: نوشته نمی‌شود ({reason})</translation>
    </message>
    <message>
        <source>Dossier timeline</source>
        <translation>خط زمانی پرونده</translation>
    </message>
    <message>
        <source>the timeline could not be encoded as PNG</source>
        <translation>خط زمانی را نمی‌توان به صورت PNG ذخیره کرد</translation>
    </message>
</context>
</TS>
