<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite for…</source>
        <translation>استناد برای…</translation>
    </message>
    <message>
        <source>the selected {kind}: {label}</source>
        <translation>{kind} انتخاب‌شده: {label}</translation>
    </message>
    <message>
        <source>a new {kind}…</source>
        <translation>{kind} تازه…</translation>
    </message>
    <message>
        <source>e.g. paragraph 4</source>
        <translation>مثلاً بند ۴</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>نقل قول</translation>
    </message>
    <message>
        <source>Cite for</source>
        <translation>استناد برای</translation>
    </message>
    <message>
        <source>Supports field</source>
        <translation>پشتوانه‌ی فیلد</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>نشانی در منبع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>استناد کن</translation>
    </message>
    <message>
        <source>Select the words to cite in the source reader first.</source>
        <translation>نخست در نمایشگر منبع، کلماتی را که می‌خواهید به آن‌ها استناد کنید انتخاب کنید.</translation>
    </message>
    <message>
        <source>The quote is not verbatim in the stored source text; select it in the source reader.</source>
        <translation>این نقل قول عیناً در متن ذخیره‌شده‌ی منبع نیست؛ آن را در نمایشگر منبع انتخاب کنید.</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(کل رکورد)</translation>
    </message>
    <message>
        <source>Cite {source} for {kind} {id}</source>
        <translation>استناد به {source} برای {kind} {id}</translation>
    </message>
    <message>
        <source>Cited for the {kind} “{label}” (Undo: {keys})</source>
        <translation>برای {kind} «{label}» استناد شد (واگرد: {keys})</translation>
    </message>
    <message>
        <source>Edit &gt; Undo</source>
        <translation>ویرایش &gt; واگرد</translation>
    </message>
</context>
<context>
    <name>CustodyLogDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>زمان (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه کاری</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>Custody log — {id}</source>
        <translation>دفتر زنجیره‌ی نگهداری — {id}</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>دفتر زنجیره‌ی نگهداری</translation>
    </message>
    <message>
        <source>the whole dossier</source>
        <translation>کل پرونده</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>Entries are only ever added: an undo or a restore is a new entry.</source>
        <translation>در این دفتر فقط چیزی افزوده می‌شود: هر واگرد یا بازگردانی خودش یک ورودی تازه است.</translation>
    </message>
</context>
<context>
    <name>DossierFiles</name>
    <message>
        <source>Dossier files (*.db *.dossier *.sqlite);;All files (*)</source>
        <translation>فایل‌های پرونده (*.db *.dossier *.sqlite);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Exchange files and datasets (*.json *.jsonl *.csv);;Packages with original files (*.zip);;FollowTheMoney or Popolo datasets (*.json *.jsonl *.ftm.json);;Dossier files to merge (*.db *.dossier *.sqlite);;All files (*)</source>
        <translation>فایل‌های تبادل و مجموعه‌داده‌ها (*.json *.jsonl *.csv);;بسته‌های همراه با فایل‌های اصلی (*.zip);;مجموعه‌داده‌های FollowTheMoney یا Popolo (*.json *.jsonl *.ftm.json);;فایل‌های پرونده برای ادغام (*.db *.dossier *.sqlite);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>پرونده‌ی &amp;تازه…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>باز کردن پرونده‌های &amp;اخیر</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>ذخیره‌ی یک &amp;رونوشت…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <source>Import CSV &amp;Folder…</source>
        <translation>وارد کردن &amp;پوشه‌ی CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>صادر کردن &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>صادر کردن &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Update from the Default Dossier…</source>
        <translation>&amp;به‌روزرسانی از پرونده‌ی پیش‌فرض…</translation>
    </message>
    <message>
        <source>Take the corrections of the newer default dossier that ships with the app</source>
        <translation>اصلاحات نسخه‌ی تازه‌تر پرونده‌ی پیش‌فرضی را که همراه برنامه است بگیرید</translation>
    </message>
    <message>
        <source>unsaved dossier (in memory)</source>
        <translation>پرونده‌ی ذخیره‌نشده (در حافظه)</translation>
    </message>
    <message>
        <source>Every confirmed edit is saved to this file at once</source>
        <translation>هر ویرایش تأییدشده بی‌درنگ در این فایل ذخیره می‌شود</translation>
    </message>
    <message>
        <source>No recent dossiers</source>
        <translation>پرونده‌ی اخیری نیست</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>پاک کردن فهرست</translation>
    </message>
    <message>
        <source>New dossier file</source>
        <translation>فایل پرونده‌ی تازه</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>پرونده‌ی تازه</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name (nothing was changed).</source>
        <translation>{path} از پیش وجود دارد؛ نام تازه‌ای برگزینید (چیزی تغییر نکرد).</translation>
    </message>
    <message>
        <source>Open dossier file</source>
        <translation>باز کردن فایل پرونده</translation>
    </message>
    <message>
        <source>{name} is already open</source>
        <translation>{name} از پیش باز است</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>باز نمی‌شود</translation>
    </message>
    <message>
        <source>{error}

The file was not changed.</source>
        <translation>{error}

فایل تغییری نکرد.</translation>
    </message>
    <message>
        <source>{name} {reason}.

The file was not changed.</source>
        <translation>{name}: {reason}.

فایل تغییری نکرد.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} باز شد</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیره‌ی یک رونوشت</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>رونوشتی در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Import into this dossier</source>
        <translation>وارد کردن به این پرونده</translation>
    </message>
    <message>
        <source>Import a folder of &lt;table&gt;.csv files</source>
        <translation>وارد کردن پوشه‌ای از فایل‌های &lt;table&gt;.csv</translation>
    </message>
    <message>
        <source>{name} {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>وارد کردن پذیرفته نشد</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>در حال وارد کردن {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported {name}: {added} added, {changed} changed, %n original(s)</source>
        <translation>
            <numerusform>{name} وارد شد: {added} افزوده، {changed} تغییر یافته، %Ln فایل اصلی</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>وارد کردن {name}</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was changed</source>
        <translation>وارد کردن {name} لغو شد؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {changed} changed</source>
        <translation>{name} وارد شد: {added} افزوده، {changed} تغییر یافته</translation>
    </message>
    <message>
        <source>Update from the default dossier</source>
        <translation>به‌روزرسانی از پرونده‌ی پیش‌فرض</translation>
    </message>
    <message>
        <source>This dossier was not made from an earlier version of the default dossier, or it already has the current one.</source>
        <translation>این پرونده از نسخه‌ی پیشین پرونده‌ی پیش‌فرض ساخته نشده، یا نسخه‌ی کنونی را از پیش دارد.</translation>
    </message>
    <message>
        <source>Update to the {name} (made from {version})</source>
        <translation>به‌روزرسانی به {name} (ساخته‌شده از {version})</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>صادر کردن JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} صادر شد</translation>
    </message>
    <message>
        <source>Export CSV into a new folder</source>
        <translation>صادر کردن CSV در پوشه‌ای تازه</translation>
    </message>
    <message>
        <source>Exporting CSV to {name}…</source>
        <translation>در حال صادر کردن CSV در {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no files were left</source>
        <translation>صادر کردن لغو شد؛ هیچ فایلی بر جا نماند</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>صادر کردن CSV</translation>
    </message>
    <message>
        <source>Exported CSV files to {folder}</source>
        <translation>فایل‌های CSV در {folder} صادر شد</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <source>Person…</source>
        <translation>شخص…</translation>
    </message>
    <message>
        <source>Organization…</source>
        <translation>سازمان…</translation>
    </message>
    <message>
        <source>Position…</source>
        <translation>سمت…</translation>
    </message>
    <message>
        <source>Term in office…</source>
        <translation>دوره‌ی تصدی…</translation>
    </message>
    <message>
        <source>Event…</source>
        <translation>رویداد…</translation>
    </message>
    <message>
        <source>Allegation…</source>
        <translation>ادعا…</translation>
    </message>
    <message>
        <source>Source…</source>
        <translation>منبع…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;ویرایش مورد انتخاب‌شده…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>&amp;حذف مورد انتخاب‌شده…</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>حذف نمی‌شود</translation>
    </message>
    <message>
        <source>Delete {kind} {label}</source>
        <translation>حذف {kind} {label}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the {kind} “{label}”?</source>
        <translation>{kind} «{label}» حذف شود؟</translation>
    </message>
    <message>
        <source>Deleted with it: {records}.
Undo brings everything back.</source>
        <translation>همراه با آن حذف می‌شود: {records}.
واگرد همه را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Undo brings it back.</source>
        <translation>واگرد آن را برمی‌گرداند.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%Ln نام دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%Ln سازمان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%Ln سمت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) in office</source>
        <translation>
            <numerusform>%Ln دوره‌ی تصدی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event role(s)</source>
        <translation>
            <numerusform>%Ln نقش در رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation>
            <numerusform>%Ln ادعا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%Ln استناد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln منبع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s)</source>
        <translation>
            <numerusform>%Ln فایل اصلی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s)</source>
        <translation>
            <numerusform>%Ln شناسه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;بازگشت</translation>
    </message>
    <message>
        <source>Back to what you looked at before (Alt+Left)</source>
        <translation>بازگشت به آنچه پیش‌تر می‌دیدید (Alt+←)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;پیش‌رفتن</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>دوباره به جلو (Alt+→)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>پیش‌رفتن</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>نام‌های دیگر</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>سازمان‌ها</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>سمت‌ها</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>دوره‌های تصدی</translation>
    </message>
    <message>
        <source>events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>event_persons</source>
        <translation>نقش‌ها در رویدادها</translation>
    </message>
    <message>
        <source>allegations</source>
        <translation>ادعاها</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>استنادها</translation>
    </message>
    <message>
        <source>source_originals</source>
        <translation>فایل‌های اصلی منابع</translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation>شناسه‌ها</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>وارد کردن {name}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کن</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>فایل خوانده نشد</translation>
    </message>
    <message numerus="yes">
        <source>{name} is refused; nothing will be changed. %n problem(s):</source>
        <translation>
            <numerusform>{name} پذیرفته نشد؛ چیزی تغییر نخواهد کرد. %Ln مشکل:</numerusform>
        </translation>
    </message>
    <message>
        <source>kept as you left it: {entry}</source>
        <translation>همان‌گونه که گذاشته بودید می‌ماند: {entry}</translation>
    </message>
    <message>
        <source>{table}: {id}</source>
        <translation>{table}: {id}</translation>
    </message>
    <message>
        <source>removed: {table}: {id}</source>
        <translation>حذف‌شده: {table}: {id}</translation>
    </message>
    <message>
        <source>settings: {keys}</source>
        <translation>تنظیمات: {keys}</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>نگه‌داشته</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغییریافته</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>{kinds} records</source>
        <translation>رکوردهای {kinds}</translation>
    </message>
    <message>
        <source>changed settings</source>
        <translation>تنظیمات تغییریافته</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}:</translation>
    </message>
    <message>
        <source>Skipped (kinds of record the dossier does not keep): {kinds}</source>
        <translation>کنار گذاشته شد (انواعی از رکورد که پرونده نگه نمی‌دارد): {kinds}</translation>
    </message>
    <message>
        <source>These persons have the name of a person already in the dossier. Each is imported as a new person unless you tick it: then it is imported as that person.</source>
        <translation>نام این اشخاص با نام شخصی که در پرونده هست یکی است. هر کدام به‌عنوان شخصی تازه وارد می‌شود، مگر آن را علامت بزنید: آن‌گاه به‌عنوان همان شخص وارد می‌شود.</translation>
    </message>
    <message>
        <source>{name} ({key}) is {person} ({id})</source>
        <translation>{name} ({key}) همان {person} ({id}) است</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییریافته</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>بی‌تغییر</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>حذف‌شده</translation>
    </message>
    <message numerus="yes">
        <source>add %n record(s)</source>
        <translation>
            <numerusform>%Ln رکورد بیفزاید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n record(s) (same id, different content)</source>
        <translation>
            <numerusform>%Ln رکورد را تغییر دهد (همان شناسه، محتوای دیگر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n record(s) it no longer has</source>
        <translation>
            <numerusform>%Ln رکوردی را که دیگر در فایل نیست حذف کند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n setting(s) ({keys})</source>
        <translation>
            <numerusform>%Ln تنظیم را تغییر دهد ({keys})</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name} would change nothing: everything in it is already in this dossier.</source>
        <translation>وارد کردن {name} چیزی را تغییر نمی‌دهد: هر چه در آن هست از پیش در این پرونده هست.</translation>
    </message>
    <message>
        <source>Importing {name} will {changes}, all in one step that Undo reverses.</source>
        <translation>وارد کردن {name} قرار است {changes}؛ همه در یک گام که واگرد آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>InstitutionColoursDialog</name>
    <message>
        <source>Institution Colours</source>
        <translation>رنگ نهادها</translation>
    </message>
    <message>
        <source>Institutions and their colours</source>
        <translation>نهادها و رنگ‌هایشان</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغییر…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;پیش‌فرض</translation>
    </message>
    <message>
        <source>Back to the colour the app gives this institution</source>
        <translation>بازگشت به رنگی که برنامه به این نهاد می‌دهد</translation>
    </message>
    <message>
        <source>The same colours appear in the timeline, exported images and reports. A change is saved in this dossier and can be undone.</source>
        <translation>همین رنگ‌ها در خط زمانی، تصویرهای صادرشده و گزارش‌ها به کار می‌روند. هر تغییر در این پرونده ذخیره می‌شود و واگردپذیر است.</translation>
    </message>
    <message>
        <source>{name}  (chosen)</source>
        <translation>{name}  (برگزیده)</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>رنگ {name}</translation>
    </message>
    <message>
        <source>The colour was not changed.</source>
        <translation>رنگ تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled dossier</source>
        <translation>پرونده‌ی بی‌عنوان</translation>
    </message>
</context>
<context>
    <name>NeedsSourceView</name>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have no citation. Select text in a source and choose “Cite for…” to add one.</source>
        <translation>
            <numerusform>%Ln ادعا هیچ استنادی ندارد. برای افزودن استناد، متنی را در یک منبع انتخاب کنید و «استناد برای…» را بزنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every claim cites a source.</source>
        <translation>همه‌ی ادعاها به منبعی استناد دارند.</translation>
    </message>
</context>
<context>
    <name>OriginalsActions</name>
    <message>
        <source>Add Source from &amp;File…</source>
        <translation>افزودن منبع از &amp;فایل…</translation>
    </message>
    <message>
        <source>Export &amp;Package…</source>
        <translation>صادر کردن &amp;بسته…</translation>
    </message>
    <message>
        <source>&amp;Verify Originals…</source>
        <translation>&amp;وارسی فایل‌های اصلی…</translation>
    </message>
    <message>
        <source>Add sources from files</source>
        <translation>افزودن منبع از فایل‌ها</translation>
    </message>
    <message>
        <source>Documents, pages, recordings, images (*)</source>
        <translation>سندها، صفحه‌ها، ضبط‌ها، تصویرها (*)</translation>
    </message>
    <message>
        <source>Storing {name}…</source>
        <translation>در حال ذخیره‌ی {name}…</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>افزودن منبع</translation>
    </message>
    <message>
        <source>{name} was not added: {error}</source>
        <translation>{name} افزوده نشد: {error}</translation>
    </message>
    <message>
        <source>Added {name} ({media_type}, SHA-256 {digest}…){note}</source>
        <translation>{name} افزوده شد ({media_type}، SHA-256 {digest}…){note}</translation>
    </message>
    <message>
        <source>Verifying stored originals…</source>
        <translation>در حال وارسی فایل‌های اصلی ذخیره‌شده…</translation>
    </message>
    <message>
        <source>Verify originals</source>
        <translation>وارسی فایل‌های اصلی</translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) no longer match the SHA-256 taken when they were added.</source>
        <translation>
            <numerusform>%Ln فایل اصلی ذخیره‌شده دیگر با SHA-256 ثبت‌شده در زمان افزودن یکی نیست.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n stored original(s) match the SHA-256 taken when they were added.</source>
        <translation>
            <numerusform>هر %Ln فایل اصلی ذخیره‌شده با SHA-256 ثبت‌شده در زمان افزودن یکی است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>صادر کردن بسته</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>بسته‌ها (*.zip)</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>در حال صادر کردن {name}…</translation>
    </message>
    <message>
        <source>{error}

No package was written.</source>
        <translation>{error}

هیچ بسته‌ای نوشته نشد.</translation>
    </message>
    <message numerus="yes">
        <source>Exported {path} with %n original(s)</source>
        <translation>
            <numerusform>{path} با %Ln فایل اصلی صادر شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageOptions</name>
    <message>
        <source>Export package</source>
        <translation>صادر کردن بسته</translation>
    </message>
    <message>
        <source>Include the original files</source>
        <translation>فایل‌های اصلی هم باشند</translation>
    </message>
    <message>
        <source>Include the custody log (who changed what, and when)</source>
        <translation>دفتر زنجیره‌ی نگهداری هم باشد (چه کسی، چه چیزی را، کی تغییر داد)</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>انتخاب فایل…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>مطابق سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
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
        <source>{folder} (your Documents folder)</source>
        <translation>{folder} (پوشه‌ی اسناد شما)</translation>
    </message>
    <message>
        <source>Default folder for exports</source>
        <translation>پوشه‌ی پیش‌فرض برای صادر کردن</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Backups kept per dossier</source>
        <translation>شمار پشتیبان‌های نگه‌داشته برای هر پرونده</translation>
    </message>
    <message>
        <source>Taken before imports, migrations and bulk deletes, and once a day; older ones are deleted when a new one is made.</source>
        <translation>پیش از هر وارد کردن، ارتقای قالب و حذف گروهی، و روزی یک بار گرفته می‌شود؛ با ساخته شدن پشتیبان تازه، قدیمی‌ترها حذف می‌شوند.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ثبت نمی‌شود</translation>
    </message>
    <message>
        <source>Your name in custody logs</source>
        <translation>نام شما در دفتر زنجیره‌ی نگهداری</translation>
    </message>
    <message>
        <source>Recorded with each change you make to a source or its citations, and with each file you add. Leave it empty to record none: your computer&apos;s account name is never used.</source>
        <translation>همراه هر تغییری که در یک منبع یا استنادهایش می‌دهید، و هر فایلی که می‌افزایید، ثبت می‌شود. اگر نمی‌خواهید نامی ثبت شود خالی بگذارید: نام حساب رایانه‌ی شما هرگز به کار نمی‌رود.</translation>
    </message>
    <message>
        <source>Largest original file</source>
        <translation>بزرگ‌ترین فایل اصلی</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> مگابایت</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
    <message>
        <source>Default folder for &amp;exports:</source>
        <translation>پوشه‌ی پیش‌فرض &amp;صادر کردن:</translation>
    </message>
    <message>
        <source>&amp;Backups kept per dossier:</source>
        <translation>&amp;پشتیبان‌های هر پرونده:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;نام شما:</translation>
    </message>
    <message>
        <source>Largest &amp;original file:</source>
        <translation>بزرگ‌ترین فایل &amp;اصلی:</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose one that exists (nothing was changed).</source>
        <translation>{folder} پوشه نیست؛ پوشه‌ای موجود را برگزینید (چیزی تغییر نکرد).</translation>
    </message>
    <message>
        <source>The number of backups cannot be stored in {folder}: {error} (nothing was changed).</source>
        <translation>شمار پشتیبان‌ها را نمی‌توان در {folder} ذخیره کرد: {error} (چیزی تغییر نکرد).</translation>
    </message>
    <message>
        <source>Your name and the file size limit cannot be stored: {error} (nothing was changed).</source>
        <translation>نام شما و سقف اندازه‌ی فایل ذخیره نمی‌شود: {error} (چیزی تغییر نکرد).</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>preferred</source>
        <translation>ترجیحی</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>کنارگذاشته</translation>
    </message>
    <message>
        <source>alleged</source>
        <translation>ادعاشده</translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation>تأییدشده با منابع دیگر</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>مورد اختلاف</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>تکذیب‌شده</translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>با حکم قضایی</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>نام به خط اصلی</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>درگذشت</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>government</source>
        <translation>دولت</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>وزارتخانه</translation>
    </message>
    <message>
        <source>council</source>
        <translation>شورا</translation>
    </message>
    <message>
        <source>court</source>
        <translation>دادگاه</translation>
    </message>
    <message>
        <source>party</source>
        <translation>حزب</translation>
    </message>
    <message>
        <source>opposition group</source>
        <translation>گروه مخالف</translation>
    </message>
    <message>
        <source>news outlet</source>
        <translation>رسانه‌ی خبری</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>سازمان مردم‌نهاد</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation>طرف ذی‌نفع</translation>
    </message>
    <message>
        <source>has a stake in what it alleges or reports (an opposition group, a government)</source>
        <translation>در آنچه ادعا یا گزارش می‌کند نفعی دارد (مثلاً یک گروه مخالف یا یک دولت)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>standing alone: &quot;Deputy Minister of Intelligence&quot;</source>
        <translation>گویا به‌تنهایی: «معاون وزیر اطلاعات»</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
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
        <source>Claim group</source>
        <translation>گروه ادعا</translation>
    </message>
    <message>
        <source>versions of one claim share a group</source>
        <translation>روایت‌های گوناگون یک ادعا در یک گروه‌اند</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Reason for the rank</source>
        <translation>دلیل رتبه</translation>
    </message>
    <message>
        <source>press conference</source>
        <translation>نشست خبری</translation>
    </message>
    <message>
        <source>election</source>
        <translation>انتخابات</translation>
    </message>
    <message>
        <source>executions</source>
        <translation>اعدام‌ها</translation>
    </message>
    <message>
        <source>arrests</source>
        <translation>بازداشت‌ها</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>انتصاب</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>محاکمه</translation>
    </message>
    <message>
        <source>report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Against (subject)</source>
        <translation>علیه (شخص موضوع ادعا)</translation>
    </message>
    <message>
        <source>What is alleged</source>
        <translation>آنچه ادعا شده</translation>
    </message>
    <message>
        <source>worded as the accuser&apos;s claim, not as fact</source>
        <translation>به‌صورت ادعای مدعی نوشته شود، نه به‌صورت واقعیت</translation>
    </message>
    <message>
        <source>Alleged role</source>
        <translation>نقش ادعاشده</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>صدور دستور</translation>
    </message>
    <message>
        <source>member of the commission</source>
        <translation>عضو هیئت</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>مشارکت</translation>
    </message>
    <message>
        <source>cover-up</source>
        <translation>لاپوشانی</translation>
    </message>
    <message>
        <source>Alleged by (organization)</source>
        <translation>مدعی (سازمان)</translation>
    </message>
    <message>
        <source>on whose behalf; (none) when the source does not say</source>
        <translation>از طرف چه کسی؛ اگر منبع نگفته، «(هیچ)»</translation>
    </message>
    <message>
        <source>Alleged by (person)</source>
        <translation>مدعی (شخص)</translation>
    </message>
    <message>
        <source>who spoke; (none) when the source does not say</source>
        <translation>چه کسی سخن گفته؛ اگر منبع نگفته، «(هیچ)»</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاریخ طرح ادعا</translation>
    </message>
    <message>
        <source>Conduct from</source>
        <translation>رفتار از</translation>
    </message>
    <message>
        <source>Conduct to</source>
        <translation>رفتار تا</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>as the sources describe it; never upgraded by the app</source>
        <translation>همان‌گونه که منابع توصیف می‌کنند؛ برنامه هرگز آن را بالاتر نمی‌برد</translation>
    </message>
    <message>
        <source>Source reliability (A–F)</source>
        <translation>اعتبار منبع (A تا F)</translation>
    </message>
    <message>
        <source>of the accuser as a source</source>
        <translation>اعتبار مدعی به‌عنوان منبع</translation>
    </message>
    <message>
        <source>Information credibility (1–6)</source>
        <translation>باورپذیری اطلاعات (۱ تا ۶)</translation>
    </message>
    <message>
        <source>of the information itself</source>
        <translation>باورپذیری خود اطلاعات</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>بیانیه</translation>
    </message>
    <message>
        <source>book</source>
        <translation>کتاب</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>صفحه‌ی وب</translation>
    </message>
    <message>
        <source>court record</source>
        <translation>سند دادگاه</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>مصاحبه</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاریخ انتشار</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>نشانی اینترنتی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>e.g. en, fa</source>
        <translation>کد زبان، مثلاً fa یا en</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>تاریخ دریافت</translation>
    </message>
    <message>
        <source>Archived URL</source>
        <translation>نشانی بایگانی‌شده</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>the outlet has a stake (e.g. state-aligned media)</source>
        <translation>رسانه در موضوع نفعی دارد (مثلاً رسانه‌ی همسو با دولت)</translation>
    </message>
    <message>
        <source>Excerpts only</source>
        <translation>فقط گزیده‌ها</translation>
    </message>
    <message>
        <source>the text holds only quoted excerpts</source>
        <translation>متن فقط گزیده‌هایی نقل‌شده را دارد</translation>
    </message>
    <message>
        <source>{table} {id} no longer exists</source>
        <translation>{table} {id} دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>ویرایش {kind}</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>{kind} تازه</translation>
    </message>
    <message>
        <source>A readable id, made from the name; fixed once saved</source>
        <translation>شناسه‌ای خوانا که از نام ساخته می‌شود؛ پس از ذخیره ثابت می‌ماند</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>بی‌درجه</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Aliases (other spellings, native script)</source>
        <translation>نام‌های دیگر (نگارش‌های دیگر، خط اصلی)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام دیگر</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>افزودن نام دیگر</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>حذف نام دیگر</translation>
    </message>
    <message>
        <source>The accusing organization is an interested party</source>
        <translation>سازمان مدعی طرف ذی‌نفع است</translation>
    </message>
    <message>
        <source>Stored on the organization; shown beside every allegation it makes</source>
        <translation>روی سازمان ذخیره می‌شود و کنار هر ادعایی که مطرح می‌کند نمایش داده می‌شود</translation>
    </message>
    <message>
        <source>Text (pasted, or imported from a .txt, .md or .html file)</source>
        <translation>متن (چسبانده، یا واردشده از فایل متنی، مارک‌داون یا HTML)</translation>
    </message>
    <message>
        <source>Paste the source&apos;s text here. Quotes must be verbatim substrings of it.</source>
        <translation>متن منبع را اینجا بچسبانید. نقل قول‌ها باید عیناً بخشی از آن باشند.</translation>
    </message>
    <message>
        <source>Import text from file…</source>
        <translation>وارد کردن متن از فایل…</translation>
    </message>
    <message>
        <source>The text is fixed: quotes cite it.</source>
        <translation>متن ثابت است: نقل قول‌ها به آن استناد می‌کنند.</translation>
    </message>
    <message>
        <source>Import source text</source>
        <translation>وارد کردن متن منبع</translation>
    </message>
    <message>
        <source>Text, Markdown or HTML (*.txt *.md *.markdown *.html *.htm)</source>
        <translation>متن، مارک‌داون یا HTML (*.txt *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <source>Citations (the quote behind this record)</source>
        <translation>استنادها (نقل قولِ پشتوانه‌ی این رکورد)</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>حذف استناد</translation>
    </message>
    <message>
        <source>To add one, select text in the source reader and choose “Cite for…”.</source>
        <translation>برای افزودن، متنی را در نمایشگر منبع انتخاب کنید و «استناد برای…» را بزنید.</translation>
    </message>
    <message>
        <source>(to add) {source}{field}: “{quote}”</source>
        <translation>(برای افزودن) {source}{field}: «{quote}»</translation>
    </message>
    <message>
        <source>{source}{field}: “{quote}”</source>
        <translation>{source}{field}: «{quote}»</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بی‌عنوان</translation>
    </message>
    <message>
        <source>the {kind} being edited: {label}</source>
        <translation>{kind} در حال ویرایش: {label}</translation>
    </message>
    <message>
        <source>the new {kind} being edited: {label}</source>
        <translation>{kind} تازه‌ی در حال ویرایش: {label}</translation>
    </message>
</context>
<context>
    <name>StoredFilesPanel</name>
    <message>
        <source>Purge…</source>
        <translation>پاک‌سازی…</translation>
    </message>
    <message>
        <source>Delete every backup and temporary copy (your dossier files stay)</source>
        <translation>حذف همه‌ی پشتیبان‌ها و رونوشت‌های موقت (فایل‌های پرونده‌ی شما می‌مانند)</translation>
    </message>
    <message>
        <source>Backups: none are kept in this session.</source>
        <translation>پشتیبان‌ها: در این نشست هیچ پشتیبانی نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Kept by the app: {backups}, {copies} ({size}) in {folder}</source>
        <translation>نگه‌داشته‌ی برنامه: {backups}، {copies} ({size}) در {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%Ln پشتیبان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary copy(ies)</source>
        <translation>
            <numerusform>%Ln رونوشت موقت</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge backups</source>
        <translation>پاک‌سازی پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Delete every backup and temporary copy? Your dossier files are not touched; after this, a damaged dossier cannot be restored from a backup.</source>
        <translation>همه‌ی پشتیبان‌ها و رونوشت‌های موقت حذف شوند؟ به فایل‌های پرونده‌ی شما دست زده نمی‌شود؛ ولی پس از این، پرونده‌ی آسیب‌دیده را نمی‌توان از پشتیبان بازگرداند.</translation>
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
    <name>application</name>
    <message>
        <source>{name} and --db both name a dossier file; give one.</source>
        <translation>هم {name} و هم ‎--db فایل پرونده‌ای را نام می‌برند؛ فقط یکی را بدهید.</translation>
    </message>
    <message>
        <source>Two dossier files were given.</source>
        <translation>دو فایل پرونده داده شد.</translation>
    </message>
    <message>
        <source>This dossier file is already open.</source>
        <translation>این فایل پرونده از پیش باز است.</translation>
    </message>
    <message>
        <source>This dossier file was made by a newer {app}.</source>
        <translation>این فایل پرونده با نسخه‌ی تازه‌تری از {app} ساخته شده است.</translation>
    </message>
    <message>
        <source>This dossier file cannot be opened.</source>
        <translation>این فایل پرونده باز نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>backups_ui</name>
    <message>
        <source>This dossier file is damaged.</source>
        <translation>این فایل پرونده آسیب دیده است.</translation>
    </message>
    <message>
        <source>{path}
{reason}

Restore the newest good backup, made {made} ({why})? The damaged file is kept beside it, renamed “{name}.damaged-…”.</source>
        <translation>{path}
{reason}

تازه‌ترین پشتیبان سالم، ساخته‌شده در {made} ({why})، بازگردانده شود؟ فایل آسیب‌دیده با نام «{name}.damaged-…» کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>بازگرداندن پشتیبان</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} مگابایت</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} کیلوبایت</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>{error}; nothing was deleted</source>
        <translation>{error}؛ چیزی حذف نشد</translation>
    </message>
</context>
<context>
    <name>csv_exchange</name>
    <message>
        <source>field {number}</source>
        <translation>فیلد {number}</translation>
    </message>
    <message>
        <source>{place}: {record}{column}: is too long (more than the {longest} characters any field of this file may hold)</source>
        <translation>{place}: {record}{column}: بیش از حد بلند است (بیشتر از {longest} نویسه‌ای که هر فیلد این فایل می‌تواند داشته باشد)</translation>
    </message>
    <message>
        <source>{place}: field {number}: a quote is never closed</source>
        <translation>{place}: فیلد {number}: گیومه‌ای باز شده و هرگز بسته نشده است</translation>
    </message>
    <message>
        <source>{place}: field {number}: text after a closing quote</source>
        <translation>{place}: فیلد {number}: متنی پس از گیومه‌ی بسته</translation>
    </message>
    <message>
        <source>{place}: field {number}: a quote inside an unquoted field</source>
        <translation>{place}: فیلد {number}: گیومه درون فیلدی بی‌گیومه</translation>
    </message>
    <message>
        <source>{place}: a carriage return without a line feed</source>
        <translation>{place}: نویسه‌ی بازگشت (CR) بدون نویسه‌ی سطر تازه (LF)</translation>
    </message>
    <message>
        <source>{name}: line {line}</source>
        <translation>{name}: سطر {line}</translation>
    </message>
    <message>
        <source>{name}: no table {table}; name the file &lt;table&gt;.csv or give the table ({tables})</source>
        <translation>{name}: جدولی به نام {table} نیست؛ نام فایل را &lt;table&gt;.csv بگذارید یا جدول را مشخص کنید ({tables})</translation>
    </message>
    <message>
        <source>{place}: the file is empty; expected a header row</source>
        <translation>{place}: فایل خالی است؛ سطر سرستون‌ها انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{place}: {count} fields where the header has {header}</source>
        <translation>{place}: {count} فیلد، در حالی که سرستون‌ها {header} فیلد دارند</translation>
    </message>
    <message>
        <source>{place}: a header with no rows; nothing to import</source>
        <translation>{place}: سرستون‌ها هست ولی هیچ سطری نیست؛ چیزی برای وارد کردن نیست</translation>
    </message>
    <message>
        <source>{place}: the header is one field {header}; fields must be separated by commas</source>
        <translation>{place}: سرستون‌ها یک فیلد است {header}؛ فیلدها باید با ویرگول انگلیسی (,) از هم جدا شوند</translation>
    </message>
    <message>
        <source>{place}: field {number}</source>
        <translation>{place}: فیلد {number}</translation>
    </message>
    <message>
        <source>{place}: an empty column name</source>
        <translation>{place}: نام ستون خالی است</translation>
    </message>
    <message>
        <source>{place}: {column} appears more than once</source>
        <translation>{place}: {column} بیش از یک بار آمده است</translation>
    </message>
    <message>
        <source>{place}: unknown column {column} (expected {columns})</source>
        <translation>{place}: ستون ناشناخته‌ی {column} (ستون‌های پذیرفته: {columns})</translation>
    </message>
    <message>
        <source>{place}: missing column {columns}</source>
        <translation>{place}: ستون {columns} نیست</translation>
    </message>
    <message>
        <source>{name}: a second file for table {table}</source>
        <translation>{name}: فایل دومی برای جدول {table}</translation>
    </message>
    <message>
        <source>{name}: no &lt;table&gt;.csv files in this folder</source>
        <translation>{name}: در این پوشه هیچ فایل &lt;table&gt;.csv نیست</translation>
    </message>
</context>
<context>
    <name>dataset_upgrade</name>
    <message>
        <source>default dossier {version}</source>
        <translation>پرونده‌ی پیش‌فرض {version}</translation>
    </message>
    <message>
        <source>{table} {id} (you deleted it)</source>
        <translation>{table} {id} (شما حذفش کرده‌اید)</translation>
    </message>
    <message>
        <source>{table} {id} (you edited it)</source>
        <translation>{table} {id} (شما ویرایشش کرده‌اید)</translation>
    </message>
    <message>
        <source>{table} {id} (still referred to by your records)</source>
        <translation>{table} {id} (رکوردهای شما هنوز به آن ارجاع می‌دهند)</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>a record refers to another that does not exist (or is still referred to)</source>
        <translation>رکوردی به رکورد دیگری ارجاع می‌دهد که وجود ندارد (یا هنوز به آن ارجاع داده می‌شود)</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} لازم است</translation>
    </message>
    <message>
        <source>{table} {id}: {column}: no {target} record has id {value}</source>
        <translation>{table} {id}: {column}: هیچ رکورد {target} با شناسه‌ی {value} نیست</translation>
    </message>
    <message>
        <source>citation {id}: cites {table} {record}, which does not exist</source>
        <translation>استناد {id}: به {table} {record} استناد می‌کند که وجود ندارد</translation>
    </message>
    <message>
        <source>citation {id}: no source has id {source}</source>
        <translation>استناد {id}: هیچ منبعی با شناسه‌ی {source} نیست</translation>
    </message>
    <message>
        <source>citation {id}: {problem}</source>
        <translation>استناد {id}: {problem}</translation>
    </message>
    <message>
        <source>citation {id}: the quote is not found verbatim in source {source}</source>
        <translation>استناد {id}: نقل قول عیناً در منبع {source} یافت نشد</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>پایانش ({end}) پیش از آغازش ({start}) است</translation>
    </message>
    <message>
        <source>the id {id} is taken</source>
        <translation>شناسه‌ی {id} پیش‌تر به کار رفته است</translation>
    </message>
    <message>
        <source>paste the source&apos;s text or import it from a file</source>
        <translation>متن منبع را بچسبانید یا از فایلی وارد کنید</translation>
    </message>
    <message>
        <source>Add {kind} {label}</source>
        <translation>افزودن {kind} {label}</translation>
    </message>
    <message>
        <source>Edit {kind} {label}</source>
        <translation>ویرایش {kind} {label}</translation>
    </message>
</context>
<context>
    <name>error_report</name>
    <message>
        <source>Something went wrong in {app}.</source>
        <translation>در {app} خطایی رخ داد.</translation>
    </message>
    <message>
        <source>{what}

Edits confirmed before this were saved; the app may go on working, but restarting it is safer. The details below (no dossier content) were written to the log in {folder}; copy them into a report to the developers.</source>
        <translation>{what}

ویرایش‌هایی که پیش از این تأیید شده بودند ذخیره شده‌اند؛ برنامه شاید به کار ادامه دهد، ولی بستن و باز کردن دوباره‌اش امن‌تر است. جزئیات زیر (بی هیچ محتوایی از پرونده) در گزارش‌نامه‌ی {folder} نوشته شد؛ آن‌ها را در گزارشی برای توسعه‌دهندگان رونوشت کنید.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>رونوشت جزئیات</translation>
    </message>
    <message>
        <source>Show Log Folder</source>
        <translation>نمایش پوشه‌ی گزارش‌نامه</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>
… and {count} more problems</source>
        <translation>
… و {count} مشکل دیگر</translation>
    </message>
    <message>
        <source>{name}: {size} bytes is larger than the {limit} bytes allowed</source>
        <translation>{name}: {size} بایت، بیشتر از {limit} بایتِ مجاز است</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: خوانده نمی‌شود ({reason})</translation>
    </message>
    <message>
        <source>{place}: no {target} row has id {id}</source>
        <translation>{place}: هیچ ردیف {target} با شناسه‌ی {id} نیست</translation>
    </message>
    <message>
        <source>{name}: is {encoding} text; save it as UTF-8 and import again</source>
        <translation>{name}: متن با کدگذاری {encoding} است؛ آن را با UTF-8 ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text (byte {byte})</source>
        <translation>{name}: متن UTF-8 نیست (بایت {byte})</translation>
    </message>
    <message>
        <source>{name}: format: expected {expected}, found {found}</source>
        <translation>{name}: format: {expected} انتظار می‌رفت، {found} یافت شد</translation>
    </message>
    <message>
        <source>{name}: was made by a newer Dossier Timeline (format version {version}; this version reads up to {readable}); update the app to import it</source>
        <translation>{name}: با نسخه‌ی تازه‌تری از Dossier Timeline ساخته شده است (نسخه‌ی قالب {version}؛ این نسخه تا {readable} را می‌خواند)؛ برای وارد کردنش برنامه را به‌روز کنید</translation>
    </message>
    <message>
        <source>{name}: format_version: this version reads {readable}, found {found}</source>
        <translation>{name}: format_version: این نسخه {readable} را می‌خواند، {found} یافت شد</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <source>{place}: id: appears more than once</source>
        <translation>{place}: id: بیش از یک بار آمده است</translation>
    </message>
    <message>
        <source>{place}: {end}: {end_date} is before {start} {start_date}</source>
        <translation>{place}: {end}: {end_date} پیش از {start} {start_date} است</translation>
    </message>
    <message>
        <source>{place}: {column}: the original with SHA-256 {digest} is not stored in this dossier; import the package (.zip) that carries it</source>
        <translation>{place}: {column}: فایل اصلی با SHA-256 {digest} در این پرونده ذخیره نشده است؛ بسته‌ای (‎.zip) را که آن را دارد وارد کنید</translation>
    </message>
    <message>
        <source>{place}: a capture record is never changed</source>
        <translation>{place}: رکورد دریافت هرگز تغییر نمی‌کند</translation>
    </message>
    <message>
        <source>{place}: value: {scheme} {value} already names another {target} row</source>
        <translation>{place}: value: {scheme} {value} از پیش نام ردیف دیگری از {target} است</translation>
    </message>
    <message>
        <source>{place}: text: the stored citation {citation} quotes words the new text no longer has</source>
        <translation>{place}: text: استناد ذخیره‌شده‌ی {citation} کلماتی را نقل می‌کند که متن تازه دیگر ندارد</translation>
    </message>
    <message>
        <source>{place}: field: {target} has no column {column}</source>
        <translation>{place}: field: {target} ستونی به نام {column} ندارد</translation>
    </message>
    <message>
        <source>{place}: quote: not found verbatim in source {source}</source>
        <translation>{place}: quote: عیناً در منبع {source} یافت نشد</translation>
    </message>
</context>
<context>
    <name>file_kinds</name>
    <message>
        <source>a ZIP archive</source>
        <translation>یک بایگانی ZIP</translation>
    </message>
    <message>
        <source>a TAR archive</source>
        <translation>یک بایگانی TAR</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>یک فایل فشرده‌ی gzip</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>یک پایگاه‌داده‌ی SQLite</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>یک سند PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>یک تصویر PNG</translation>
    </message>
    <message>
        <source>a bzip2-compressed file</source>
        <translation>یک فایل فشرده‌ی bzip2</translation>
    </message>
    <message>
        <source>an xz-compressed file</source>
        <translation>یک فایل فشرده‌ی xz</translation>
    </message>
    <message>
        <source>a Zstandard-compressed file</source>
        <translation>یک فایل فشرده‌ی Zstandard</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>یک بایگانی 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>یک بایگانی RAR</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>یک تصویر JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>یک تصویر GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>یک تصویر TIFF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>یک تصویر WebP</translation>
    </message>
    <message>
        <source>a WAV sound file</source>
        <translation>یک فایل صوتی WAV</translation>
    </message>
    <message>
        <source>an old Microsoft Office document (.doc, .xls)</source>
        <translation>یک سند قدیمی Microsoft Office (‎.doc، ‎.xls)</translation>
    </message>
    <message>
        <source>a program (an ELF executable)</source>
        <translation>یک برنامه (فایل اجرایی ELF)</translation>
    </message>
    <message>
        <source>this is {kind}, not a JSON or CSV file; open it with File &gt; Open or merge it instead</source>
        <translation>این {kind} است، نه فایل JSON یا CSV؛ به‌جای آن، با پرونده &gt; باز کردن بازش کنید یا ادغامش کنید</translation>
    </message>
    <message>
        <source>this is {kind}, not a JSON or CSV file</source>
        <translation>این {kind} است، نه فایل JSON یا CSV</translation>
    </message>
</context>
<context>
    <name>file_lock</name>
    <message>
        <source>{name} cannot be locked for editing: the lock in {folder} cannot be written.</source>
        <translation>{name} را نمی‌توان برای ویرایش قفل کرد: قفل در {folder} نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source> (process {pid} on {host})</source>
        <translation> (فرایند {pid} روی {host})</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (فرایند {pid})</translation>
    </message>
    <message>
        <source>{name} is already open in another {app} window{where}. A dossier file is edited in one window at a time: switch to that window, or close it there and try again.</source>
        <translation>{name} از پیش در پنجره‌ی دیگری از {app} باز است{where}. هر فایل پرونده در هر زمان فقط در یک پنجره ویرایش می‌شود: به آن پنجره بروید، یا آنجا ببندیدش و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>institution_colours</name>
    <message>
        <source>Colour of {name}</source>
        <translation>رنگ {name}</translation>
    </message>
    <message>
        <source>Default colour of {name}</source>
        <translation>رنگ پیش‌فرض {name}</translation>
    </message>
</context>
<context>
    <name>json_stream</name>
    <message>
        <source>is {encoding} text; save it as UTF-8 and import again</source>
        <translation>متن با کدگذاری {encoding} است؛ آن را با UTF-8 ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <source>holds NUL bytes: UTF-16 or UTF-32 text without a byte-order mark, or not text at all; save it as UTF-8 and import again</source>
        <translation>بایت‌های NUL دارد: متن UTF-16 یا UTF-32 بدون نشانه‌ی ترتیب بایت (BOM)، یا اصلاً متن نیست؛ آن را با UTF-8 ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>متن UTF-8 نیست (بایت {byte})</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>سطر {line}، ستون {column}</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at {where}</source>
        <translation>JSON معتبر نیست: {problem} در {where}</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>پایان فایل</translation>
    </message>
    <message>
        <source>expecting {what}, found {found}</source>
        <translation>{what} انتظار می‌رفت، {found} آمد</translation>
    </message>
    <message>
        <source>{place}: is too long (more than {longest} characters)</source>
        <translation>{place}: بیش از حد بلند است (بیشتر از {longest} نویسه)</translation>
    </message>
    <message>
        <source>a string holds {character} unescaped</source>
        <translation>رشته‌ای {character} را بی‌گریز (unescaped) دارد</translation>
    </message>
    <message>
        <source>{place}: is too long ({count} characters; at most {longest})</source>
        <translation>{place}: بیش از حد بلند است ({count} نویسه؛ حداکثر {longest})</translation>
    </message>
    <message>
        <source>{place}: holds a lone UTF-16 surrogate escape, not text</source>
        <translation>{place}: یک گریز جانشین (surrogate) تنهای UTF-16 دارد، نه متن</translation>
    </message>
    <message>
        <source>{place}: a nested object, where only text, a number or null belongs</source>
        <translation>{place}: یک شیء تودرتو، جایی که فقط متن، عدد یا null می‌آید</translation>
    </message>
    <message>
        <source>{place}: a nested list, where only text, a number or null belongs</source>
        <translation>{place}: یک فهرست تودرتو، جایی که فقط متن، عدد یا null می‌آید</translation>
    </message>
    <message>
        <source>{place}: {word} is not a number JSON allows</source>
        <translation>{place}: {word} عددی نیست که JSON بپذیرد</translation>
    </message>
    <message>
        <source>expecting a value</source>
        <translation>مقداری انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{place}: {number} is too large a number</source>
        <translation>{place}: {number} عددی بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>the file ends inside a value</source>
        <translation>فایل در میانه‌ی یک مقدار تمام می‌شود</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>یک شیء</translation>
    </message>
    <message>
        <source>expecting a property name in double quotes</source>
        <translation>نام یک ویژگی در گیومه‌ی جفت (&quot;) انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{place}: a key</source>
        <translation>{place}: یک کلید</translation>
    </message>
    <message>
        <source>{place}: duplicate key {key}</source>
        <translation>{place}: کلید تکراری {key}</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>«:» پس از کلید</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>پس از مقدار «,» یا «}» انتظار می‌رفت</translation>
    </message>
    <message>
        <source>the top level must be an object with format, meta and tables</source>
        <translation>سطح بالا باید شیئی با format و meta و جدول‌ها باشد</translation>
    </message>
    <message>
        <source>extra data after the top-level object</source>
        <translation>داده‌ی اضافه پس از شیء سطح بالا</translation>
    </message>
    <message>
        <source>top level: {key} is not a part of the exchange format (expected format, format_version, meta, {tables})</source>
        <translation>سطح بالا: {key} بخشی از قالب تبادل نیست (بخش‌های پذیرفته: format، format_version، meta، {tables})</translation>
    </message>
    <message>
        <source>top level: missing {keys}</source>
        <translation>سطح بالا: {keys} نیامده است</translation>
    </message>
    <message>
        <source>a list of {table} records</source>
        <translation>فهرستی از رکوردهای {table}</translation>
    </message>
    <message>
        <source>{table}: more than {most} records</source>
        <translation>{table}: بیش از {most} رکورد</translation>
    </message>
    <message>
        <source>{place}: a record must be an object</source>
        <translation>{place}: هر رکورد باید یک شیء باشد</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;]&apos; after a record</source>
        <translation>پس از رکورد «,» یا «]» انتظار می‌رفت</translation>
    </message>
</context>
<context>
    <name>packages</name>
    <message>
        <source>Original files may carry metadata about who made them and where: a PDF&apos;s author and software, a photo&apos;s EXIF (camera, time, GPS position), the names of files inside archives. Check them before you share the package, or leave the originals out (their sources&apos; text and citations still travel; the files, their hashes and capture records do not).</source>
        <translation>فایل‌های اصلی ممکن است فراداده‌ای درباره‌ی سازنده و محل ساختشان داشته باشند: نویسنده و نرم‌افزار یک PDF، داده‌های اگزیف یک عکس (دوربین، زمان، موقعیت جی‌پی‌اس)، نام فایل‌های درون بایگانی‌ها. پیش از هم‌رسانی بسته آن‌ها را وارسی کنید، یا فایل‌های اصلی را کنار بگذارید (متن منابع و استنادهایشان باز هم منتقل می‌شود؛ خود فایل‌ها، هش‌ها و رکوردهای دریافتشان نه).</translation>
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
    <name>staging</name>
    <message>
        <source>{name} missing</source>
        <translation>{name} نیامده است</translation>
    </message>
    <message>
        <source>unknown fields: {names}</source>
        <translation>فیلدهای ناشناخته: {names}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عدد صحیح</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>تهی (null)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>درست یا نادرست</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>شیء</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source> or </source>
        <translation> یا </translation>
    </message>
    <message>
        <source>{value} is not {types}</source>
        <translation>{value} از نوع {types} نیست</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} هیچ‌یک از این‌ها نیست: {choices}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>نباید خالی باشد</translation>
    </message>
    <message>
        <source>is too long (more than {limit} characters)</source>
        <translation>بیش از حد بلند است (بیشتر از {limit} نویسه)</translation>
    </message>
    <message>
        <source>{value} does not match {pattern}</source>
        <translation>{value} با الگوی {pattern} جور نیست</translation>
    </message>
</context>
</TS>
