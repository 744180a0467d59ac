<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
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
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>درباره‌ی {name}</translation>
    </message>
    <message>
        <source>{name} icon</source>
        <translation>نماد {name}</translation>
    </message>
    <message>
        <source>Review allegations against public officials, offline. Makes no network connection.</source>
        <translation>بررسی ادعاها علیه مقام‌های حکومتی، بی‌نیاز از اینترنت. هیچ اتصالی به شبکه برقرار نمی‌کند.</translation>
    </message>
    <message>
        <source>Untitled dossier</source>
        <translation>پرونده‌ی بی‌عنوان</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>تا تاریخ {date}</translation>
    </message>
    <message>
        <source>dataset version {version}</source>
        <translation>نسخه‌ی مجموعه‌داده {version}</translation>
    </message>
    <message>
        <source>What this dossier is</source>
        <translation>این پرونده چیست</translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n)</source>
        <translation>
            <numerusform>منابع (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources of this dossier</source>
        <translation>منابع این پرونده</translation>
    </message>
    <message>
        <source>not saved to a file (in memory)</source>
        <translation>در فایلی ذخیره نشده (فقط در حافظه)</translation>
    </message>
    <message>
        <source>Dossier file:</source>
        <translation>فایل پرونده:</translation>
    </message>
    <message>
        <source>Dossier file path</source>
        <translation>مسیر فایل پرونده</translation>
    </message>
    <message>
        <source>Built with Qt (LGPL v3) through PySide6, pyqtgraph and sqlite-utils; Persian text set in Vazirmatn (SIL Open Font Licence 1.1).</source>
        <translation>ساخته‌شده با Qt (مجوز LGPL v3) از راه PySide6، pyqtgraph و sqlite-utils؛ متن فارسی با قلم وزیرمتن (مجوز SIL Open Font Licence 1.1).</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>درباره‌ی &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AsOfPanel</name>
    <message>
        <source>As of {date}</source>
        <translation>تا تاریخ {date}</translation>
    </message>
    <message numerus="yes">
        <source>Offices held (%n)</source>
        <translation>
            <numerusform>سمت‌های در تصدی (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Known only at another time (%n)</source>
        <translation>
            <numerusform>شناخته‌شده فقط در زمانی دیگر (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allegations about conduct around then (%n)</source>
        <translation>
            <numerusform>ادعاها درباره‌ی رفتار در حدود آن زمان (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} — {position}</source>
        <translation>{person} — {position}</translation>
    </message>
    <message>
        <source>{term} (possibly held)</source>
        <translation>{term} (احتمالاً در تصدی)</translation>
    </message>
    <message>
        <source>{term} (known only {when})</source>
        <translation>{term} (فقط {when} معلوم است)</translation>
    </message>
</context>
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
        <source>not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>Entries are only ever added: an undo or a restore is a new entry.</source>
        <translation>در این دفتر فقط چیزی افزوده می‌شود: هر واگرد یا بازگردانی خودش یک ورودی تازه است.</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Calendar of the typed date</source>
        <translation>تقویم تاریخ نوشته‌شده</translation>
    </message>
    <message>
        <source>The calendar numbers alone are read in (1367-04-28 or 1988-07-19); a month&apos;s name says its own calendar</source>
        <translation>تقویمی که عددهای تنها با آن خوانده می‌شوند (1367-04-28 یا 1988-07-19)؛ نام ماه تقویم خودش را نشان می‌دهد</translation>
    </message>
    <message>
        <source>28 Tir 1367, Tir 1367, c. 1367, before 1370, 1367-04-28</source>
        <translation>۲۸ تیر ۱۳۶۷، تیر ۱۳۶۷، حدود ۱۳۶۷، پیش از ۱۳۷۰، ۱۳۶۷/۰۴/۲۸</translation>
    </message>
    <message>
        <source>19 Jul 1988, July 1988, c. 1988, before 1990, 1988-07-19, [..1988]</source>
        <translation>1988-07-19، 1988-07، 1988، حدود 1988، پیش از 1990، [..1988]</translation>
    </message>
    <message>
        <source>{examples}, .. for ongoing</source>
        <translation>{examples}، .. یعنی ادامه دارد</translation>
    </message>
    <message>
        <source>unknown (leave empty)</source>
        <translation>نامعلوم (خالی بگذارید)</translation>
    </message>
    <message>
        <source>Stored as: {edtf}</source>
        <translation>ذخیره می‌شود به صورت: {edtf}</translation>
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
        <source>Checking {name}…</source>
        <translation>در حال بررسی {name}…</translation>
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
        <source>Saving a copy to {name}…</source>
        <translation>در حال ذخیره‌ی رونوشت در {name}…</translation>
    </message>
    <message>
        <source>Save a copy cancelled; no file was left</source>
        <translation>ذخیره‌ی رونوشت لغو شد؛ هیچ فایلی بر جا نماند</translation>
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
        <source>Reading {name}…</source>
        <translation>در حال خواندن {name}…</translation>
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
        <source>Exporting {name}…</source>
        <translation>در حال صادر کردن {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was left</source>
        <translation>صادر کردن لغو شد؛ هیچ فایلی بر جا نماند</translation>
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
    <name>DossierPanes</name>
    <message>
        <source>Persons</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Person Dossier</source>
        <translation>پرونده‌ی شخص</translation>
    </message>
    <message>
        <source>Source Reader</source>
        <translation>منبع‌خوان</translation>
    </message>
    <message>
        <source>Export Person &amp;Dossier…</source>
        <translation>صادر کردن &amp;پرونده‌ی شخص…</translation>
    </message>
    <message>
        <source>Export &amp;View as Image…</source>
        <translation>صادر کردن &amp;نما به‌صورت تصویر…</translation>
    </message>
    <message>
        <source>What the timeline shows now, as PNG or SVG</source>
        <translation>آنچه خط زمانی هم‌اکنون نشان می‌دهد، به‌صورت PNG یا SVG</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Export Person Dossier</source>
        <translation>صادر کردن پرونده‌ی شخص</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>گزارش نوشته نشد.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>صادر شد: {path}</translation>
    </message>
    <message>
        <source>Export View as Image</source>
        <translation>صادر کردن نما به‌صورت تصویر</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>تصویر PNG ‏(*.png);;طرح SVG ‏(*.svg)</translation>
    </message>
    <message>
        <source>The image was not written.</source>
        <translation>تصویر نوشته نشد.</translation>
    </message>
    <message>
        <source>The report of {name}</source>
        <translation>گزارش {name}</translation>
    </message>
    <message>
        <source>Choose a person first</source>
        <translation>نخست شخصی را برگزینید</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Notice</source>
        <translation>یادآوری</translation>
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
        <source>Also written</source>
        <translation>نام‌های دیگر</translation>
    </message>
    <message>
        <source>Life dates</source>
        <translation>تاریخ‌های زندگی</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Citations of the person</source>
        <translation>استنادهای مربوط به شخص</translation>
    </message>
    <message>
        <source>Offices held</source>
        <translation>سمت‌ها</translation>
    </message>
    <message>
        <source>Citations of the selected office</source>
        <translation>استنادهای سمت برگزیده</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>ادعاها</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>رویدادهای مرتبط</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Choose a person in the person list, or click a bar on the timeline.</source>
        <translation>شخصی را در فهرست اشخاص برگزینید یا روی نواری در خط زمانی کلیک کنید.</translation>
    </message>
    <message>
        <source>  ⚠ uncited</source>
        <translation>  ⚠ بدون استناد</translation>
    </message>
    <message>
        <source>Also written: {aliases}</source>
        <translation>نام‌های دیگر: {aliases}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>Offices held (%n)</source>
        <translation>
            <numerusform>سمت‌ها (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allegations (%n)</source>
        <translation>
            <numerusform>ادعاها (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Related events (%n)</source>
        <translation>
            <numerusform>رویدادهای مرتبط (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n)</source>
        <translation>
            <numerusform>منابع (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source> — an interested party</source>
        <translation> — طرف ذی‌نفع</translation>
    </message>
    <message>
        <source>Accuser: {accuser}</source>
        <translation>مدعی: {accuser}</translation>
    </message>
    <message>
        <source>Role alleged: {role}</source>
        <translation>نقشی که ادعا شده: {role}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>چیزی ثبت نشده</translation>
    </message>
    <message>
        <source>Office held at the time of the conduct: {offices}</source>
        <translation>سمت در زمان رفتار مورد ادعا: {offices}</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>رویداد: {title}</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translation>ارزیابی: {grades}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>مکان: {place}</translation>
    </message>
    <message>
        <source>Role of {name}: {roles}</source>
        <translation>نقش {name}: {roles}</translation>
    </message>
    <message>
        <source>Sources differ — also recorded as: {version} ({rank})</source>
        <translation>منابع اختلاف دارند — به این صورت هم ثبت شده: {version} ({rank})</translation>
    </message>
    <message>
        <source> · interested party</source>
        <translation> · طرف ذی‌نفع</translation>
    </message>
    <message>
        <source>Activate to read it.</source>
        <translation>برای خواندنش آن را باز کنید.</translation>
    </message>
    <message>
        <source>Citations of: {position} ({span})</source>
        <translation>استنادهای: {position} ({span})</translation>
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
    <name>EmptyGuide</name>
    <message>
        <source>This dossier is empty. To start:

1.  Edit &gt; Add &gt; Source… — paste the article or report the claims come from.
2.  In the Source Reader, select the words that say it and choose “Cite for…”
     a new person, term in office or allegation; the form opens with the quote.
3.  Or File &gt; Import… a dossier exported as JSON or CSV, or another dossier file.

Every claim keeps the exact quote of its source, so nothing here is asserted uncited.</source>
        <translation>این پرونده خالی است. برای شروع:

۱.  ویرایش &gt; افزودن &gt; منبع… — متن مقاله یا گزارشی را که ادعاها از آن آمده‌اند بچسبانید.
۲.  در منبع‌خوان، کلماتی را که همین را می‌گویند انتخاب کنید و «استناد برای…» را بزنید
     تا شخص، دوره‌ی تصدی یا ادعای تازه‌ای بسازید؛ فرم با همان نقل قول باز می‌شود.
۳.  یا با پرونده &gt; وارد کردن… پرونده‌ای را که به صورت JSON یا CSV صادر شده، یا فایل پرونده‌ی دیگری را وارد کنید.

هر ادعا نقل قول دقیق منبعش را نگه می‌دارد؛ پس هیچ چیز اینجا بی‌استناد ادعا نمی‌شود.</translation>
    </message>
    <message>
        <source>What to do first in an empty dossier</source>
        <translation>نخستین کارها در پرونده‌ی خالی</translation>
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
    <name>LaneLabels</name>
    <message>
        <source>%n lane(s)
(zoom in to read names)</source>
        <translation>%Ln ردیف
(برای خواندن نام‌ها بزرگ‌نمایی کنید)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;برو</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>Needs a source</source>
        <translation>نیازمند منبع</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;لغو گزینش</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>Show &amp;Range</source>
        <translation>نمایش &amp;بازه</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;همه</translation>
    </message>
    <message>
        <source>&amp;Decade</source>
        <translation>&amp;دهه</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;سال</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;ماه</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>&amp;سمت‌ها</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;رویدادها</translation>
    </message>
    <message>
        <source>&amp;Allegations</source>
        <translation>&amp;ادعاها</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri Axis</source>
        <translation>محور &amp;هجری شمسی</translation>
    </message>
    <message>
        <source>Institution &amp;Colours…</source>
        <translation>&amp;رنگ‌های نهادها…</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;راهنمای رنگ‌ها</translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation>رفتن به &amp;تاریخ…</translation>
    </message>
    <message>
        <source>Move &quot;As of&quot; Cursor to Da&amp;te…</source>
        <translation>بردن نشانگر «تا تاریخ» به &amp;تاریخ…</translation>
    </message>
    <message>
        <source>&amp;Selected Item</source>
        <translation>مورد &amp;برگزیده</translation>
    </message>
    <message>
        <source>&quot;&amp;As of&quot; Cursor</source>
        <translation>نشانگر «&amp;تا تاریخ»</translation>
    </message>
    <message>
        <source>&amp;Lanes Filter</source>
        <translation>&amp;صافی ردیف‌ها</translation>
    </message>
    <message>
        <source>Show &amp;Log Folder</source>
        <translation>نمایش پوشه‌ی &amp;گزارش کار</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>&amp;درباره‌ی {name}</translation>
    </message>
    <message>
        <source>Untitled dossier</source>
        <translation>پرونده‌ی بی‌عنوان</translation>
    </message>
    <message>
        <source>Checking this dossier file after opening found a problem.</source>
        <translation>بررسی این فایل پرونده پس از باز شدن، مشکلی پیدا کرد.</translation>
    </message>
    <message>
        <source>{path}
{problem}

Stop editing it: close the app and open it again to be offered its newest good backup (Help &gt; About lists the backups).</source>
        <translation>{path}
{problem}

ویرایش آن را متوقف کنید: برنامه را ببندید و دوباره باز کنید تا تازه‌ترین پشتیبان سالمش پیشنهاد شود (فهرست پشتیبان‌ها در راهنما &gt; درباره).</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>رفتن به تاریخ</translation>
    </message>
    <message>
        <source>Show this date on the timeline:</source>
        <translation>این تاریخ را در خط زمانی نشان بده:</translation>
    </message>
    <message>
        <source>Move &quot;As of&quot; Cursor</source>
        <translation>بردن نشانگر «تا تاریخ»</translation>
    </message>
    <message>
        <source>Show who held which office on:</source>
        <translation>نشان بده چه کسی در این تاریخ چه سمتی داشت:</translation>
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
    <name>OfficesModel</name>
    <message>
        <source>⚠ uncited</source>
        <translation>⚠ بدون استناد</translation>
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
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%Ln استناد</numerusform>
        </translation>
    </message>
    <message>
        <source>{citations} · sources differ</source>
        <translation>{citations} · منابع اختلاف دارند</translation>
    </message>
    <message>
        <source>{position} ({span})</source>
        <translation>{position} ({span})</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>یادداشت: {note}</translation>
    </message>
    <message>
        <source>Sources differ — also recorded as: {version} ({rank})</source>
        <translation>منابع اختلاف دارند — به این صورت هم ثبت شده: {version} ({rank})</translation>
    </message>
    <message>
        <source>Preferred because: {reason}</source>
        <translation>دلیل ترجیح: {reason}</translation>
    </message>
    <message>
        <source>No citation: this claim is not supported by any stored source.</source>
        <translation>بدون استناد: هیچ منبع ذخیره‌شده‌ای این ادعا را پشتیبانی نمی‌کند.</translation>
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
        <source>Adding {name} cancelled; it was not added</source>
        <translation>افزودن {name} لغو شد؛ افزوده نشد</translation>
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
    <message>
        <source>Export cancelled; no package was left</source>
        <translation>صادر کردن لغو شد؛ هیچ بسته‌ای باقی نماند</translation>
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
    <name>PersonList</name>
    <message>
        <source>Filter by name or alias</source>
        <translation>صافی بر پایه‌ی نام یا نام دیگر</translation>
    </message>
    <message>
        <source>Filter persons</source>
        <translation>صافی اشخاص</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>اشخاص</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>سمت‌ها</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>ادعاها</translation>
    </message>
    <message>
        <source>Name, native name and other spellings</source>
        <translation>نام، نام به خط اصلی و نگارش‌های دیگر</translation>
    </message>
    <message>
        <source>Terms in office, as the dossier lists them: versions of one claim where sources differ count once</source>
        <translation>دوره‌های تصدی، چنان‌که پرونده فهرست کرده: روایت‌های گوناگون یک ادعا که منابع در آن اختلاف دارند یک بار شمرده می‌شوند</translation>
    </message>
    <message>
        <source>Allegations made against the person</source>
        <translation>ادعاهایی که علیه این شخص مطرح شده</translation>
    </message>
    <message>
        <source>Also written: {aliases}</source>
        <translation>نام‌های دیگر: {aliases}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) (versions of one claim counted once)</source>
        <translation>
            <numerusform>%Ln سمت (روایت‌های یک ادعا یک بار شمرده شده)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation>
            <numerusform>%Ln ادعا</numerusform>
        </translation>
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
    <name>SearchBox</name>
    <message>
        <source>Persons</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>سازمان‌ها</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>سمت‌ها</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>ادعاها</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Search names in any spelling, offices, events, allegations, source text…</source>
        <translation>جست‌وجوی نام‌ها با هر نگارش، سمت‌ها، رویدادها، ادعاها، متن منابع…</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>جست‌وجوی</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همه‌ی انواع</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>from, e.g. 1988</source>
        <translation>از، مثلاً 1988</translation>
    </message>
    <message>
        <source>From: a date as written in the dossier (EDTF): 1988, 1988-07, 1988-07-19</source>
        <translation>از: تاریخی به همان صورتی که در پرونده نوشته می‌شود (EDTF):‏ 1988، 1988-07، 1988-07-19</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>to, e.g. 1989-06</source>
        <translation>تا، مثلاً 1989-06</translation>
    </message>
    <message>
        <source>To: a date as written in the dossier (EDTF): 1988, 1988-07, 1988-07-19</source>
        <translation>تا: تاریخی به همان صورتی که در پرونده نوشته می‌شود (EDTF):‏ 1988، 1988-07، 1988-07-19</translation>
    </message>
    <message>
        <source>Allegation status</source>
        <translation>وضعیت ادعا</translation>
    </message>
    <message>
        <source>Any allegation status</source>
        <translation>هر وضعیت ادعا</translation>
    </message>
    <message>
        <source>Allegations: {status}</source>
        <translation>ادعاها: {status}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>خلاصه‌ی جست‌وجو</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>تاریخ‌ها:</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;جست‌وجو…</translation>
    </message>
    <message>
        <source>Search names in any spelling, offices, events, allegations and source text</source>
        <translation>جست‌وجوی نام‌ها با هر نگارش، سمت‌ها، رویدادها، ادعاها و متن منابع</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <source>From: {problem}</source>
        <translation>از: {problem}</translation>
    </message>
    <message>
        <source>To: {problem}</source>
        <translation>تا: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%n)</source>
        <translation>
            <numerusform>{kind} (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name in any spelling, or words from a title or source.</source>
        <translation>نامی را با هر نگارشی بنویسید، یا واژه‌هایی از یک عنوان یا منبع.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>چیزی برای «{query}» پیدا نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%Ln نتیجه</numerusform>
        </translation>
    </message>
    <message>
        <source> (the best shown)</source>
        <translation> (بهترین‌ها نمایش داده شده)</translation>
    </message>
    <message>
        <source>{count}{more} · ↑↓ to move, Enter to open, Esc to close</source>
        <translation>{count}{more} · ↑↓ برای جابه‌جایی، Enter برای باز کردن، Esc برای بستن</translation>
    </message>
</context>
<context>
    <name>SolarHijriAxis</name>
    <message>
        <source>{year} SH</source>
        <translation>{year} ه‍.ش</translation>
    </message>
    <message>
        <source>{month} {year} SH</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year} SH</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>هجری شمسی</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
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
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation>طرف ذی‌نفع</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>فایل اصلی</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>فایل اصلی:</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>باز کردن فایل اصلی</translation>
    </message>
    <message>
        <source>Open a read-only copy of the stored file in your system&apos;s viewer (nothing is fetched from the network)</source>
        <translation>نسخه‌ای فقط‌خواندنی از فایل ذخیره‌شده را در نمایشگر سیستم باز می‌کند (چیزی از شبکه گرفته نمی‌شود)</translation>
    </message>
    <message>
        <source>Custody Log…</source>
        <translation>سابقه‌ی نگهداری…</translation>
    </message>
    <message>
        <source>Every change to this source and its citations: who, when, what</source>
        <translation>هر تغییر در این منبع و استنادهایش: چه کسی، چه زمانی، چه چیزی</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>متن منبع</translation>
    </message>
    <message>
        <source>Cite for…</source>
        <translation>استناد برای…</translation>
    </message>
    <message>
        <source>Attach the selected text, verbatim, as a citation for a record</source>
        <translation>متن برگزیده را بی‌کم‌وکاست به‌عنوان استنادی برای یک مورد پیوست می‌کند</translation>
    </message>
    <message>
        <source>Click a highlighted quote to see which records cite it.</source>
        <translation>روی نقل قولی که پررنگ شده کلیک کنید تا ببینید کدام موارد به آن استناد کرده‌اند.</translation>
    </message>
    <message>
        <source>Records citing the quote</source>
        <translation>مواردی که به این نقل قول استناد کرده‌اند</translation>
    </message>
    <message>
        <source>Activate a citation in a dossier to read its source here.</source>
        <translation>استنادی را در یک پرونده باز کنید تا منبعش اینجا خوانده شود.</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>باز کردن فایل اصلی</translation>
    </message>
    <message>
        <source>none stored (the text was entered or imported)</source>
        <translation>ذخیره نشده (متن وارد یا درون‌بری شده است)</translation>
    </message>
    <message>
        <source>unnamed file</source>
        <translation>فایل بی‌نام</translation>
    </message>
    <message>
        <source>transcript of {file}</source>
        <translation>رونوشت {file}</translation>
    </message>
    <message>
        <source>captured {when} by {who}</source>
        <translation>ثبت‌شده در {when} به دست {who}</translation>
    </message>
    <message>
        <source>no name recorded</source>
        <translation>نامی ثبت نشده</translation>
    </message>
    <message>
        <source> from {url}</source>
        <translation> از {url}</translation>
    </message>
    <message numerus="yes">
        <source>{file} · {type} · %Ln byte(s)</source>
        <translation>
            <numerusform>{file} · {type} · %Ln بایت</numerusform>
        </translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ذکر نشده</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>yes — the outlet has a stake in the matter</source>
        <translation>بله — این رسانه در موضوع ذی‌نفع است</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n quote(s) cited from this source are not in its stored text.</source>
        <translation>
            <numerusform>⚠ %Ln نقل قولی که از این منبع استناد شده در متن ذخیره‌شده‌ی آن نیست.</numerusform>
        </translation>
    </message>
    <message>
        <source>An excerpt: only passages of this source are stored, not the whole text.</source>
        <translation>گزیده: فقط بخش‌هایی از این منبع ذخیره شده است، نه همه‌ی متن.</translation>
    </message>
    <message numerus="yes">
        <source>An excerpt: only passages of this source are stored. “[…]” marks where its text is left out (%n place(s), shaded grey).</source>
        <translation>
            <numerusform>گزیده: فقط بخش‌هایی از این منبع ذخیره شده است. «[…]» جاهایی را نشان می‌دهد که متن حذف شده ‏(%Ln جا، با زمینه‌ی خاکستری).</numerusform>
        </translation>
    </message>
    <message>
        <source> (for {field})</source>
        <translation> (برای {field})</translation>
    </message>
    <message>
        <source>{record}
“{quote}”
Click to open it.</source>
        <translation>{record}
«{quote}»
برای باز کردن کلیک کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Cited here by %n record(s) — click one to open it:</source>
        <translation>
            <numerusform>%Ln مورد در اینجا استناد کرده‌اند — برای باز کردن روی یکی کلیک کنید:</numerusform>
        </translation>
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
    <name>TimelineGraphics</name>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Arrows move from item to item, Enter opens its dossier, Shift+arrows pan and scroll, + and - zoom</source>
        <translation>پیکان‌ها از موردی به مورد دیگر می‌روند، Enter پرونده‌ی آن را باز می‌کند، Shift و پیکان‌ها نما را جابه‌جا می‌کنند، + و - بزرگ‌نمایی و کوچک‌نمایی می‌کنند</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>All…</source>
        <translation>همه…</translation>
    </message>
    <message numerus="yes">
        <source>+%n more institution(s) (colours repeat)</source>
        <translation>
            <numerusform>+%Ln نهاد دیگر (رنگ‌ها تکرار می‌شوند)</numerusform>
        </translation>
    </message>
    <message>
        <source>no institution</source>
        <translation>بدون نهاد</translation>
    </message>
    <message>
        <source>evidenced</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>ممکن</translation>
    </message>
    <message>
        <source>open (date unknown)</source>
        <translation>باز (تاریخ نامعلوم)</translation>
    </message>
    <message>
        <source>ongoing as of {date}</source>
        <translation>تا تاریخ {date} ادامه دارد</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <source>event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>alleged conduct ··· allegation made</source>
        <translation>رفتار ادعاشده ··· طرح ادعا</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>راهنما</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>an event</source>
        <translation>یک رویداد</translation>
    </message>
    <message>
        <source>{name} and %n more</source>
        <translation>{name} و %Ln مورد دیگر</translation>
    </message>
    <message>
        <source>⚠ %n not drawn ({about})</source>
        <translation>⚠ %Ln مورد رسم نشد ({about})</translation>
    </message>
    <message>
        <source>whole range</source>
        <translation>کل بازه</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>پیمایش ردیف‌ها</translation>
    </message>
    <message>
        <source>Timeline controls</source>
        <translation>کنترل‌های خط زمانی</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>The whole range (Home)</source>
        <translation>کل بازه (Home)</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>دهه</translation>
    </message>
    <message>
        <source>The decade at the centre</source>
        <translation>دهه‌ی میانه‌ی نما</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>The year at the centre</source>
        <translation>سالِ میانه‌ی نما</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>The month at the centre</source>
        <translation>ماهِ میانه‌ی نما</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>سمت‌ها</translation>
    </message>
    <message>
        <source>Show or hide offices</source>
        <translation>نمایش یا پنهان کردن سمت‌ها</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Show or hide events</source>
        <translation>نمایش یا پنهان کردن رویدادها</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>ادعاها</translation>
    </message>
    <message>
        <source>Show or hide allegations</source>
        <translation>نمایش یا پنهان کردن ادعاها</translation>
    </message>
    <message>
        <source>Filter lanes by name…</source>
        <translation>پالایش ردیف‌ها با نام…</translation>
    </message>
    <message>
        <source>Filter timeline lanes by name</source>
        <translation>پالایش ردیف‌های خط زمانی با نام</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>معلوم تا</translation>
    </message>
    <message>
        <source>Hide allegations not yet made by this date</source>
        <translation>ادعاهایی را که تا این تاریخ هنوز طرح نشده بودند پنهان کن</translation>
    </message>
    <message>
        <source>e.g. 1 Jun 2015</source>
        <translation>مثلاً ۱۱ خرداد ۱۳۹۴</translation>
    </message>
    <message>
        <source>Known by date</source>
        <translation>تاریخ «معلوم تا»</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%Ln سمت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allegation(s)</source>
        <translation>
            <numerusform>%Ln ادعا</numerusform>
        </translation>
    </message>
    <message>
        <source>Items with no usable date: click to list them</source>
        <translation>مواردی که تاریخ قابل استفاده ندارند: برای دیدن فهرستشان کلیک کنید</translation>
    </message>
    <message>
        <source>term</source>
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
        <source>{kind}: {label} — {reason}</source>
        <translation>{kind}: {label} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline: {item}</source>
        <translation>خط زمانی: {item}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>A date: {examples}</source>
        <translation>یک تاریخ: {examples}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>تا تاریخ {date}</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;نمایش همه</translation>
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
    <name>background</name>
    <message>
        <source>Please wait</source>
        <translation>لطفاً صبر کنید</translation>
    </message>
    <message>
        <source>{task} is still running; wait for it to finish or cancel it, then try again.</source>
        <translation>«{task}» هنوز در حال انجام است؛ صبر کنید تا تمام شود یا آن را لغو کنید، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancelling… (undoing what was begun)</source>
        <translation>در حال لغو… (آنچه آغاز شده بود برگردانده می‌شود)</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>import</source>
        <translation>پیش از وارد کردن</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>پیش از ارتقای طرح‌واره</translation>
    </message>
    <message>
        <source>bulk-delete</source>
        <translation>پیش از حذف گروهی</translation>
    </message>
    <message>
        <source>open</source>
        <translation>هنگام باز کردن</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <source>the backup of {name} failed its integrity check</source>
        <translation>پشتیبانِ {name} از بررسی یکپارچگی سربلند بیرون نیامد</translation>
    </message>
    <message>
        <source>could not back up {name} to {folder}: {error}</source>
        <translation>از {name} نمی‌توان در {folder} پشتیبان گرفت: {error}</translation>
    </message>
    <message>
        <source>the backup {name} is damaged too</source>
        <translation>پشتیبانِ {name} هم آسیب دیده است</translation>
    </message>
    <message>
        <source>could not restore {name}: {error}</source>
        <translation>{name} را نمی‌توان بازگرداند: {error}</translation>
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
    <name>claims</name>
    <message>
        <source>⚠ No citation: no stored source supports this claim</source>
        <translation>⚠ بدون استناد: هیچ منبع ذخیره‌شده‌ای این ادعا را پشتیبانی نمی‌کند</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <source>Where: {locator}</source>
        <translation>جای آن: {locator}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>یادداشت: {note}</translation>
    </message>
    <message>
        <source>Activate to open the source at this quote.</source>
        <translation>باز کنید تا منبع در همین نقل قول گشوده شود.</translation>
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
        <source>{path} already exists; choose an empty folder</source>
        <translation>{path} از پیش وجود دارد؛ پوشه‌ای خالی برگزینید</translation>
    </message>
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
        <source>{value} is not a whole number</source>
        <translation>{value} عدد صحیح نیست</translation>
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
    <name>custody</name>
    <message>
        <source>exported in a package</source>
        <translation>در یک بسته صادر شد</translation>
    </message>
    <message>
        <source>imported from a package</source>
        <translation>از یک بسته وارد شد</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>از یک پشتیبان بازگردانده شد</translation>
    </message>
    <message>
        <source>added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>استناد</translation>
    </message>
    <message>
        <source>capture record</source>
        <translation>رکورد دریافت</translation>
    </message>
    <message>
        <source>the whole dossier</source>
        <translation>کل پرونده</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <source>{column}: {before} (removed)</source>
        <translation>{column}: {before} (برداشته شد)</translation>
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
    <name>datasets</name>
    <message>
        <source>{name}: is not a file</source>
        <translation>{name}: فایل نیست</translation>
    </message>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>بیش از {limit} سطح تودرتو است</translation>
    </message>
    <message>
        <source>person {key}</source>
        <translation>شخص {key}</translation>
    </message>
    <message>
        <source>the person {id} confirmed as the same is not in this dossier</source>
        <translation>شخص {id} که یکی بودنش تأیید شده بود در این پرونده نیست</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Farvardin</source>
        <translation>فروردین</translation>
    </message>
    <message>
        <source>Ordibehesht</source>
        <translation>اردیبهشت</translation>
    </message>
    <message>
        <source>Khordad</source>
        <translation>خرداد</translation>
    </message>
    <message>
        <source>Tir</source>
        <translation>تیر</translation>
    </message>
    <message>
        <source>Mordad</source>
        <translation>مرداد</translation>
    </message>
    <message>
        <source>Shahrivar</source>
        <translation>شهریور</translation>
    </message>
    <message>
        <source>Mehr</source>
        <translation>مهر</translation>
    </message>
    <message>
        <source>Aban</source>
        <translation>آبان</translation>
    </message>
    <message>
        <source>Azar</source>
        <translation>آذر</translation>
    </message>
    <message>
        <source>Dey</source>
        <translation>دی</translation>
    </message>
    <message>
        <source>Bahman</source>
        <translation>بهمن</translation>
    </message>
    <message>
        <source>Esfand</source>
        <translation>اسفند</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>تاریخی وارد نشده است</translation>
    </message>
    <message>
        <source>{date} has spaces around it</source>
        <translation>پیش یا پس از {date} فاصله هست</translation>
    </message>
    <message>
        <source>{date} is not an EDTF date (e.g. 1988, 1988-07, 1988-07-19, 1988~, [..1988])</source>
        <translation>{date} تاریخ EDTF نیست (برای نمونه 1988، 1988-07، 1988-07-19، 1988~، [..1988])</translation>
    </message>
    <message>
        <source>{date} is not an EDTF date ({error})</source>
        <translation>{date} تاریخ EDTF نیست ({error})</translation>
    </message>
    <message>
        <source>{date} is an interval; a date column holds one date (use start and end)</source>
        <translation>{date} یک بازه است؛ هر فیلد تاریخ یک تاریخ می‌گیرد (از آغاز و پایان استفاده کنید)</translation>
    </message>
    <message>
        <source>{date} is not a possible date ({error})</source>
        <translation>{date} تاریخ ممکنی نیست ({error})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ادامه دارد</translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>بین {first} و {last}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>{date} یا پیش از آن</translation>
    </message>
    <message>
        <source>{date} or later</source>
        <translation>{date} یا پس از آن</translation>
    </message>
    <message>
        <source>c. {date}?</source>
        <translation>حدود {date}؟</translation>
    </message>
    <message>
        <source>c. {date}</source>
        <translation>حدود {date}</translation>
    </message>
    <message>
        <source>{date}?</source>
        <translation>{date}؟</translation>
    </message>
    <message>
        <source>(start unknown) – ongoing</source>
        <translation>(آغاز نامعلوم) – ادامه دارد</translation>
    </message>
    <message>
        <source>since {date} (as of {as_of})</source>
        <translation>از {date} (تا تاریخ {as_of})</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>از {date}</translation>
    </message>
    <message>
        <source>(start unknown)</source>
        <translation>(آغاز نامعلوم)</translation>
    </message>
    <message>
        <source>{first} – (end unknown)</source>
        <translation>{first} تا (پایان نامعلوم)</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} تا {last}</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>از {first} تا {last}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>در {date}</translation>
    </message>
    <message>
        <source>in {date}</source>
        <translation>در {date}</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>تاریخ نامعلوم</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Follow the system</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
</context>
<context>
    <name>dossier_files</name>
    <message>
        <source>is the open dossier file; save the copy under another name</source>
        <translation>همان فایل پرونده‌ی باز است؛ رونوشت را با نام دیگری ذخیره کنید</translation>
    </message>
    <message>
        <source>{name}: choose a .txt, .md or .html file</source>
        <translation>{name}: یک فایل ‎.txt، ‎.md یا ‎.html برگزینید</translation>
    </message>
    <message>
        <source>{name}: larger than {limit} MB</source>
        <translation>{name}: بزرگ‌تر از {limit} مگابایت است</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: متن UTF-8 نیست</translation>
    </message>
    <message>
        <source>{name}: neither FollowTheMoney JSON lines nor Popolo JSON; name the format (ftm or popolo)</source>
        <translation>{name}: نه خط‌های JSON از FollowTheMoney است و نه JSON از Popolo؛ قالب را نام ببرید (ftm یا popolo)</translation>
    </message>
    <message>
        <source>FollowTheMoney files need the followthemoney library ({module} is missing from this build); install Dossier Timeline with pip to read and write them</source>
        <translation>فایل‌های FollowTheMoney به کتابخانه‌ی followthemoney نیاز دارند ({module} در این نسخه‌ی ساخته‌شده نیست)؛ برای خواندن و نوشتن آن‌ها خط زمانی پرونده را با pip نصب کنید</translation>
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
        <source>duplicate key {key}</source>
        <translation>کلید تکراری {key}</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} عددی نیست که JSON بپذیرد</translation>
    </message>
    <message>
        <source>{number} is too large a number</source>
        <translation>{number} عددی بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>{number}… is too large a number</source>
        <translation>{number}… عددی بیش از حد بزرگ است</translation>
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
    <message>
        <source>{name}: changed while it was being imported; import it again</source>
        <translation>{name}: در حین وارد کردن تغییر کرد؛ دوباره واردش کنید</translation>
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
    <name>ftm</name>
    <message>
        <source>{size} bytes is longer than the {limit} a line may be</source>
        <translation>{size} بایت است، بلندتر از {limit} بایتی که یک خط می‌تواند باشد</translation>
    </message>
    <message>
        <source>{schema} entities</source>
        <translation>موجودیت‌های {schema}</translation>
    </message>
    <message>
        <source>{id} is also the id of line {line}</source>
        <translation>{id} شناسه‌ی خط {line} هم هست</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>متن UTF-8 نیست (بایت {byte})</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at column {column}</source>
        <translation>JSON معتبر نیست: {problem} در ستون {column}</translation>
    </message>
    <message>
        <source>an entity must be a JSON object with id, schema and properties</source>
        <translation>هر موجودیت باید یک شیء JSON با id و schema و properties باشد</translation>
    </message>
    <message>
        <source>missing; every entity needs an id</source>
        <translation>نیست؛ هر موجودیت شناسه (id) لازم دارد</translation>
    </message>
    <message>
        <source>{schema} is not a followthemoney schema</source>
        <translation>{schema} از طرح‌واره‌های followthemoney نیست</translation>
    </message>
    <message>
        <source>must map each property to a list of texts</source>
        <translation>باید هر ویژگی را به فهرستی از متن‌ها نگاشت کند</translation>
    </message>
    <message>
        <source>{schema} has no property {name} in followthemoney</source>
        <translation>{schema} در followthemoney ویژگی {name} ندارد</translation>
    </message>
    <message>
        <source>{value} is not an ISO date (followthemoney would read it as {read_as})</source>
        <translation>{value} تاریخ ISO نیست (followthemoney آن را {read_as} می‌خواند)</translation>
    </message>
    <message>
        <source>{value} is not an ISO date</source>
        <translation>{value} تاریخ ISO نیست</translation>
    </message>
    <message>
        <source>required for {schema}</source>
        <translation>برای {schema} لازم است</translation>
    </message>
    <message>
        <source>must map columns to texts</source>
        <translation>باید ستون‌ها را به متن‌ها نگاشت کند</translation>
    </message>
    <message>
        <source>no Person with id {id} in this file</source>
        <translation>هیچ موجودیت Person با شناسه‌ی {id} در این فایل نیست</translation>
    </message>
    <message>
        <source>no Position with id {id} in this file</source>
        <translation>هیچ موجودیت Position با شناسه‌ی {id} در این فایل نیست</translation>
    </message>
    <message>
        <source>links from a Position to an organization not in the file</source>
        <translation>پیوندهای یک Position به سازمانی که در فایل نیست</translation>
    </message>
    <message>
        <source>required for an organization</source>
        <translation>برای سازمان لازم است</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>خط {number}</translation>
    </message>
</context>
<context>
    <name>institution_colours</name>
    <message>
        <source>{colour} is not a colour like #4E79A7</source>
        <translation>{colour} رنگی مانند #4E79A7 نیست</translation>
    </message>
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
    <name>opener</name>
    <message>
        <source>no such file</source>
        <translation>چنین فایلی وجود ندارد</translation>
    </message>
    <message>
        <source>is a folder, not a dossier file</source>
        <translation>یک پوشه است، نه فایل پرونده</translation>
    </message>
    <message>
        <source>is an empty file (0 bytes), not a dossier</source>
        <translation>فایلی خالی (۰ بایت) است، نه پرونده</translation>
    </message>
    <message>
        <source>is not a dossier file (not an SQLite database)</source>
        <translation>فایل پرونده نیست (پایگاه داده‌ی SQLite نیست)</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>خوانده نمی‌شود ({reason})</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>آسیب دیده است ({detail})</translation>
    </message>
    <message>
        <source>is refused: it {reason}</source>
        <translation>پذیرفته نشد: {reason}</translation>
    </message>
    <message>
        <source>is damaged (its structure holds bytes that are not text)</source>
        <translation>آسیب دیده است (ساختارش بایت‌هایی دارد که متن نیستند)</translation>
    </message>
    <message>
        <source>is damaged: {problem}</source>
        <translation>آسیب دیده است: {problem}</translation>
    </message>
    <message>
        <source>is not a dossier file (an SQLite database of another application)</source>
        <translation>فایل پرونده نیست (پایگاه داده‌ی SQLite برنامه‌ی دیگری است)</translation>
    </message>
    <message>
        <source>was made by a newer Dossier Timeline (schema {version}; this version reads up to schema {ours}); update the app to open it</source>
        <translation>با نسخه‌ی تازه‌تری از خط زمانی پرونده ساخته شده است (طرح‌واره‌ی {version}؛ این نسخه تا طرح‌واره‌ی {ours} را می‌خواند)؛ برای باز کردنش برنامه را به‌روز کنید</translation>
    </message>
    <message>
        <source>is damaged: it carries no schema version</source>
        <translation>آسیب دیده است: شماره‌ی طرح‌واره ندارد</translation>
    </message>
    <message>
        <source>table {table} holds text that is not valid UTF-8</source>
        <translation>جدول {table} متنی دارد که UTF-8 معتبر نیست</translation>
    </message>
    <message>
        <source>{table}.{column} holds {found} data where {declared} belongs</source>
        <translation>{table}.{column} داده‌ای از نوع {found} دارد، جایی که باید {declared} باشد</translation>
    </message>
    <message>
        <source>is not a dossier this version trusts: {kind} {name} is defined differently</source>
        <translation>پرونده‌ای نیست که این نسخه به آن اعتماد کند: {kind} {name} به شکل دیگری تعریف شده است</translation>
    </message>
    <message>
        <source>is not a dossier this version trusts: unexpected {kind} {name}</source>
        <translation>پرونده‌ای نیست که این نسخه به آن اعتماد کند: {kind} {name} نباید آنجا باشد</translation>
    </message>
    <message>
        <source>is damaged: table {names} is missing</source>
        <translation>آسیب دیده است: جدول {names} نیست</translation>
    </message>
    <message>
        <source>is damaged: {names} is missing</source>
        <translation>آسیب دیده است: {names} نیست</translation>
    </message>
    <message>
        <source>could not be verified: it {reason}</source>
        <translation>وارسی نشد: {reason}</translation>
    </message>
    <message>
        <source>is not opened: {error}</source>
        <translation>باز نشد: {error}</translation>
    </message>
    <message>
        <source>cannot be opened for work: {reason}</source>
        <translation>برای کار باز نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>it could not be checked ({detail})</source>
        <translation>بررسی نشد ({detail})</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>آسیب دیده است ({detail})</translation>
    </message>
    <message>
        <source>is read-only: save a copy somewhere you can write to, or open the copy</source>
        <translation>فقط‌خواندنی است: رونوشتی جایی که بتوانید در آن بنویسید ذخیره کنید، یا همان رونوشت را باز کنید</translation>
    </message>
    <message>
        <source>is in a read-only folder: copy it somewhere you can write to</source>
        <translation>در پوشه‌ای فقط‌خواندنی است: آن را جایی که بتوانید در آن بنویسید کپی کنید</translation>
    </message>
    <message>
        <source>is damaged: migrating a copy of it failed its integrity check</source>
        <translation>آسیب دیده است: رونوشتِ ارتقایافته‌اش از بررسی یکپارچگی سربلند بیرون نیامد</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>از پیش وجود دارد</translation>
    </message>
</context>
<context>
    <name>originals</name>
    <message>
        <source>no source</source>
        <translation>هیچ منبعی</translation>
    </message>
    <message>
        <source>{sources}: original {sha256}: {problem}</source>
        <translation>{sources}: فایل اصلی {sha256}: {problem}</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} یک پوشه است، نه فایل</translation>
    </message>
    <message>
        <source>{name} became shorter while it was being added</source>
        <translation>{name} در حین افزودن کوتاه‌تر شد</translation>
    </message>
    <message>
        <source>{name} changed while it was being added; nothing was stored</source>
        <translation>{name} در حین افزودن تغییر کرد؛ چیزی ذخیره نشد</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>{name} خوانده نمی‌شود ({reason})</translation>
    </message>
    <message>
        <source>larger than the {limit} MB allowed for one original (at least {size} MB); raise the limit in Preferences to add it</source>
        <translation>بزرگ‌تر از {limit} مگابایتی است که برای هر فایل اصلی مجاز است (دست‌کم {size} مگابایت)؛ برای افزودنش حد را در ترجیحات بالا ببرید</translation>
    </message>
    <message>
        <source>no original with SHA-256 {sha256} is stored in this dossier</source>
        <translation>هیچ فایل اصلی با SHA-256 {sha256} در این پرونده ذخیره نشده است</translation>
    </message>
    <message>
        <source>chunk {number} is missing</source>
        <translation>تکه‌ی {number} نیست</translation>
    </message>
    <message>
        <source>chunk {number} is repeated</source>
        <translation>تکه‌ی {number} تکرار شده است</translation>
    </message>
    <message>
        <source>holds {stored} bytes where {size} were stored</source>
        <translation>{stored} بایت دارد، در حالی که {size} بایت ذخیره شده بود</translation>
    </message>
    <message>
        <source>its bytes now hash to {sha256}</source>
        <translation>هش بایت‌هایش اکنون {sha256} است</translation>
    </message>
    <message>
        <source>is not stored in this dossier</source>
        <translation>در این پرونده ذخیره نشده است</translation>
    </message>
    <message>
        <source>relation must be one of {relations}</source>
        <translation>نسبت باید یکی از این‌ها باشد: {relations}</translation>
    </message>
</context>
<context>
    <name>packages</name>
    <message>
        <source>Original files may carry metadata about who made them and where: a PDF&apos;s author and software, a photo&apos;s EXIF (camera, time, GPS position), the names of files inside archives. Check them before you share the package, or leave the originals out (their sources&apos; text and citations still travel; the files, their hashes and capture records do not).</source>
        <translation>فایل‌های اصلی ممکن است فراداده‌ای درباره‌ی سازنده و محل ساختشان داشته باشند: نویسنده و نرم‌افزار یک PDF، داده‌های اگزیف یک عکس (دوربین، زمان، موقعیت جی‌پی‌اس)، نام فایل‌های درون بایگانی‌ها. پیش از هم‌رسانی بسته آن‌ها را وارسی کنید، یا فایل‌های اصلی را کنار بگذارید (متن منابع و استنادهایشان باز هم منتقل می‌شود؛ خود فایل‌ها، هش‌ها و رکوردهای دریافتشان نه).</translation>
    </message>
    <message>
        <source>the stored original {sha256} no longer matches its hash; run Verify, nothing was exported</source>
        <translation>فایل اصلی ذخیره‌شده‌ی {sha256} دیگر با هش خود یکی نیست؛ وارسی فایل‌های اصلی را اجرا کنید، چیزی صادر نشد</translation>
    </message>
    <message>
        <source>not a readable package ({error})</source>
        <translation>بسته‌ای خواندنی نیست ({error})</translation>
    </message>
    <message>
        <source>holds {count} files, more than the {limit} a package may</source>
        <translation>{count} فایل دارد، بیش از {limit} فایلی که یک بسته می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>{name} appears twice</source>
        <translation>{name} دو بار آمده است</translation>
    </message>
    <message>
        <source>{name} is not a file a package holds (only {document}, {manifest}, {custody} and originals/&lt;sha256&gt;)</source>
        <translation>{name} از فایل‌هایی نیست که در بسته می‌آیند (فقط {document}، {manifest}، {custody} و originals/&lt;sha256&gt;)</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} رمزگذاری شده است</translation>
    </message>
    <message>
        <source>{name} is {size} bytes, more than the {limit} allowed</source>
        <translation>{name} {size} بایت است، بیش از {limit} بایت مجاز</translation>
    </message>
    <message>
        <source>{name} would grow {ratio} times when unpacked: refused as a zip bomb</source>
        <translation>{name} هنگام باز شدن {ratio} برابر می‌شود: به‌عنوان بمب فشرده پذیرفته نشد</translation>
    </message>
    <message>
        <source>would unpack to {size} bytes, more than the {limit} allowed</source>
        <translation>باز شده {size} بایت می‌شود، بیش از {limit} بایت مجاز</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not a JSON or CSV file, and not a Dossier Timeline package (it has no {name})</source>
        <translation>این یک بایگانی ZIP است، نه فایل JSON یا CSV، و بسته‌ی خط زمانی پرونده هم نیست ({name} ندارد)</translation>
    </message>
    <message>
        <source>{name} is larger than it says</source>
        <translation>{name} بزرگ‌تر از اندازه‌ای است که اعلام می‌کند</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error})</source>
        <translation>{name} یک JSON معتبر نیست ({error})</translation>
    </message>
    <message>
        <source>{name}: not a Dossier Timeline package manifest</source>
        <translation>{name}: فهرست محتوای بسته‌ی خط زمانی پرونده نیست</translation>
    </message>
    <message>
        <source>{name}: package_version {found}; this version reads {readable}</source>
        <translation>{name}: package_version برابر {found} است؛ این نسخه {readable} را می‌خواند</translation>
    </message>
    <message>
        <source>{name}: files and originals must be listed</source>
        <translation>{name}: فایل‌ها و فایل‌های اصلی باید فهرست شوند</translation>
    </message>
    <message>
        <source>{manifest}: files: {name} is not listed as a file with sha256 and size</source>
        <translation>{manifest}: files: {name} به‌صورت فایلی با sha256 و size فهرست نشده است</translation>
    </message>
    <message>
        <source>{name}: originals: each needs sha256, size and media_type</source>
        <translation>{name}: originals: هر کدام sha256 و size و media_type لازم دارد</translation>
    </message>
    <message>
        <source>{name} is listed in the manifest but missing</source>
        <translation>{name} در فهرست محتوا آمده اما در بسته نیست</translation>
    </message>
    <message>
        <source>{name} is not listed in the manifest</source>
        <translation>{name} در فهرست محتوا نیامده است</translation>
    </message>
    <message>
        <source>{name} and the manifest disagree on whether it is in the package</source>
        <translation>{name} و فهرست محتوا بر سر بودنش در بسته هم‌نظر نیستند</translation>
    </message>
    <message>
        <source>{name} is {size} bytes; the manifest says {listed}</source>
        <translation>{name} {size} بایت است؛ فهرست محتوا {listed} بایت می‌گوید</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 in the manifest</source>
        <translation>{name} با SHA-256 خود در فهرست محتوا یکی نیست</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error})</source>
        <translation>{name} خوانده نمی‌شود ({error})</translation>
    </message>
    <message>
        <source>{name} does not match its name and the manifest (its bytes hash to {sha256})</source>
        <translation>{name} با نام خود و فهرست محتوا یکی نیست (هش بایت‌هایش {sha256} است)</translation>
    </message>
    <message>
        <source>{name} is not a custody log ({error})</source>
        <translation>{name} دفتر زنجیره‌ی نگهداری نیست ({error})</translation>
    </message>
    <message>
        <source>{name}: each entry needs exactly {columns}, as text</source>
        <translation>{name}: هر مدخل دقیقاً این‌ها را به‌صورت متن لازم دارد: {columns}</translation>
    </message>
</context>
<context>
    <name>person_dossier</name>
    <message>
        <source>This dossier records allegations as its sources report them; it does not establish them.</source>
        <translation>این پرونده ادعاها را همان‌گونه ثبت می‌کند که منابعش گزارش کرده‌اند؛ درستی آن‌ها را ثابت نمی‌کند.</translation>
    </message>
    <message>
        <source>who made it</source>
        <translation>چه کسی آن را مطرح کرد</translation>
    </message>
    <message>
        <source>on whose behalf</source>
        <translation>از سوی چه کسی</translation>
    </message>
    <message>
        <source>whom it accuses</source>
        <translation>چه کسی را متهم می‌کند</translation>
    </message>
    <message>
        <source>when it was made</source>
        <translation>چه زمانی مطرح شد</translation>
    </message>
    <message>
        <source>when the conduct began</source>
        <translation>رفتار کی آغاز شد</translation>
    </message>
    <message>
        <source>when the conduct ended</source>
        <translation>رفتار کی پایان یافت</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>نام به خط اصلی</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{title} ({details})</source>
        <translation>{title} ({details})</translation>
    </message>
    <message>
        <source>, for {field}</source>
        <translation>، برای {field}</translation>
    </message>
    <message>
        <source> [interested party]</source>
        <translation> [طرف ذی‌نفع]</translation>
    </message>
    <message>
        <source>{source}{interested}{supports}: “{quote}”</source>
        <translation>{source}{interested}{supports}: «{quote}»</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>زاده‌ی {date}</translation>
    </message>
    <message>
        <source>died {date}</source>
        <translation>درگذشته‌ی {date}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>ongoing (as of {date})</source>
        <translation>ادامه دارد (تا تاریخ {date})</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ادامه دارد</translation>
    </message>
    <message>
        <source>{years} {months}</source>
        <translation>{years} و {months}</translation>
    </message>
    <message>
        <source>c. {length}</source>
        <translation>حدود {length}</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} روز</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>۱ ماه</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} ماه</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>۱ سال</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} سال</translation>
    </message>
    <message>
        <source>at an unstated time</source>
        <translation>در زمانی نامعلوم</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>تا {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>از {date} تاکنون</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>از {start} تا {end}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>در {date}</translation>
    </message>
    <message>
        <source>in {date}</source>
        <translation>در {date}</translation>
    </message>
    <message>
        <source>made {date}</source>
        <translation>مطرح‌شده در {date}</translation>
    </message>
    <message>
        <source>date made not stated</source>
        <translation>تاریخ طرح ذکر نشده</translation>
    </message>
    <message>
        <source>{claim} — {made}, about conduct {conduct}; status: {status}</source>
        <translation>{claim} — {made}، درباره‌ی رفتاری {conduct}؛ وضعیت: {status}</translation>
    </message>
    <message>
        <source>reliability of the accuser {grade}</source>
        <translation>اعتبار مدعی {grade}</translation>
    </message>
    <message>
        <source>credibility of the information {grade}</source>
        <translation>باورپذیری اطلاعات {grade}</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>ارزیابی نشده</translation>
    </message>
    <message>
        <source>{title} ({span})</source>
        <translation>{title} ({span})</translation>
    </message>
    <message>
        <source>possibly {title}</source>
        <translation>احتمالاً {title}</translation>
    </message>
</context>
<context>
    <name>popolo</name>
    <message>
        <source>{name}: not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>{name}: JSON معتبر نیست: {problem} در خط {line}، ستون {column}</translation>
    </message>
    <message>
        <source>{name}: nested too deeply</source>
        <translation>{name}: بیش از حد تودرتو است</translation>
    </message>
    <message>
        <source>{name}: not Popolo: expected an object with persons and memberships lists</source>
        <translation>{name}: Popolo نیست: شیئی با فهرست‌های persons و memberships انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{key} (not read)</source>
        <translation>{key} (خوانده نشد)</translation>
    </message>
    <message>
        <source>events (not legislative periods)</source>
        <translation>رویدادها (جز دوره‌های قانون‌گذاری)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>باید فهرست باشد</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>باید شیء باشد</translation>
    </message>
    <message>
        <source>required</source>
        <translation>لازم است</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>باید متن باشد</translation>
    </message>
    <message>
        <source>{date} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{date} تاریخ ISO نیست (YYYY، YYYY-MM یا YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>no organization has id {id}</source>
        <translation>هیچ سازمانی شناسه‌ی {id} ندارد</translation>
    </message>
    <message>
        <source>memberships of organizations</source>
        <translation>عضویت‌های سازمان‌ها</translation>
    </message>
    <message>
        <source>no person has id {id}</source>
        <translation>هیچ شخصی شناسه‌ی {id} ندارد</translation>
    </message>
    <message>
        <source>no post has id {id}</source>
        <translation>هیچ سمتی شناسه‌ی {id} ندارد</translation>
    </message>
    <message>
        <source>a membership needs an organization or a post</source>
        <translation>هر عضویت یک سازمان یا یک سمت لازم دارد</translation>
    </message>
    <message>
        <source>no legislative period has id {id}</source>
        <translation>هیچ دوره‌ی قانون‌گذاری شناسه‌ی {id} ندارد</translation>
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
        <translation>ادعاشده</translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation>تأییدشده</translation>
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
        <translation>رسیدگی‌شده</translation>
    </message>
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
        <source>Notes</source>
        <translation>پی‌نوشت‌ها</translation>
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
    <name>safety</name>
    <message>
        <source>took longer than {seconds} s to check</source>
        <translation>بررسی‌اش بیش از {seconds} ثانیه طول کشید</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and nothing was lost. Free some space and try again.</source>
        <translation>دیسک پر است: تغییر ذخیره نشد و چیزی از دست نرفت. کمی فضا آزاد کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only: the change was not saved and nothing was lost. Save a copy somewhere you can write to.</source>
        <translation>فایل یا پوشه‌اش فقط‌خواندنی است: تغییر ذخیره نشد و چیزی از دست نرفت. رونوشتی جایی که بتوانید در آن بنویسید ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>against {name}</source>
        <translation>علیه {name}</translation>
    </message>
    <message>
        <source>alleged by {name}</source>
        <translation>ادعای {name}</translation>
    </message>
    <message>
        <source>also written: </source>
        <translation>نام دیگر: </translation>
    </message>
    <message>
        <source>native name: </source>
        <translation>نام به خط اصلی: </translation>
    </message>
    <message>
        <source> · a near spelling of “{query}”</source>
        <translation> · نگارشی نزدیک به «{query}»</translation>
    </message>
    <message>
        <source>an accuser not named in the source</source>
        <translation>مدعی‌ای که در منبع نامش نیامده</translation>
    </message>
    <message>
        <source>{subject}: alleged by {accuser}</source>
        <translation>{subject}: ادعای {accuser}</translation>
    </message>
</context>
<context>
    <name>source_files</name>
    <message>
        <source>document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>صفحه‌ی وب</translation>
    </message>
    <message>
        <source>audio recording</source>
        <translation>ضبط صوتی</translation>
    </message>
    <message>
        <source>video recording</source>
        <translation>ضبط ویدیویی</translation>
    </message>
    <message>
        <source>image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>a {kind} holds no text: add a transcript as its own source</source>
        <translation>{kind} متنی ندارد: رونوشت آن را به‌عنوان منبعی جداگانه بیفزایید</translation>
    </message>
    <message>
        <source>only the first {count} characters of its text are kept (from page {page} on); the whole file is stored</source>
        <translation>فقط {count} نویسه‌ی نخست متنش نگه داشته می‌شود (متن از صفحه‌ی {page} به بعد بریده شده است)؛ خود فایل کامل ذخیره می‌شود</translation>
    </message>
    <message>
        <source>only the first {count} characters of its text are kept; the whole file is stored</source>
        <translation>فقط {count} نویسه‌ی نخست متنش نگه داشته می‌شود؛ خود فایل کامل ذخیره می‌شود</translation>
    </message>
    <message>
        <source>no text could be read from the PDF ({error})</source>
        <translation>از این PDF متنی خوانده نشد ({error})</translation>
    </message>
    <message>
        <source>the PDF holds no text layer (a scan?): cite it by page</source>
        <translation>این PDF لایه‌ی متن ندارد (شاید اسکن است؟): با شماره‌ی صفحه به آن استناد کنید</translation>
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
<context>
    <name>store</name>
    <message>
        <source>{table} {id}: {column}: {error}</source>
        <translation>{table} {id}: {column}: {error}</translation>
    </message>
    <message>
        <source>{table} {id}: {end} {end_value} is before {start} {start_value}</source>
        <translation>{table} {id}: {end} ({end_value}) پیش از {start} ({start_value}) است</translation>
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
<context>
    <name>timeline_layout</name>
    <message>
        <source>no start or end date</source>
        <translation>بدون تاریخ آغاز یا پایان</translation>
    </message>
    <message>
        <source>no conduct date and no date made</source>
        <translation>نه تاریخ رفتار دارد و نه تاریخ طرح ادعا</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
</context>
<context>
    <name>typed_dates</name>
    <message>
        <source>e.g. 19 Jul 1988, July 1988, c. 1988, before 1990, between 1985 and 1988, 1988-07-19, 1988~, [..1988]</source>
        <translation>مثلاً ۲۸ تیر ۱۳۶۷، تیر ۱۳۶۷، حدود ۱۳۶۷، پیش از ۱۳۷۰، بین ۱۳۶۰ و ۱۳۶۷، 1988-07-19، [..1988]</translation>
    </message>
    <message>
        <source>No date typed ({examples})</source>
        <translation>تاریخی نوشته نشده است ({examples})</translation>
    </message>
    <message>
        <source>This is too long to be a date ({examples})</source>
        <translation>این برای یک تاریخ بیش از اندازه بلند است ({examples})</translation>
    </message>
    <message>
        <source>“{text}” is two dates: type “between … and …”, or the start and the end in their own fields</source>
        <translation>«{text}» دو تاریخ است: «بین … و …» بنویسید، یا آغاز و پایان را هر یک در جای خودش</translation>
    </message>
    <message>
        <source>“{text}” is EDTF, which is always Gregorian: switch the calendar to Gregorian to type it</source>
        <translation>«{text}» به قالب EDTF است که همیشه میلادی است: برای نوشتنش تقویم را روی میلادی بگذارید</translation>
    </message>
    <message>
        <source>In “{text}” the first date comes after the second</source>
        <translation>در «{text}» تاریخ اول پس از تاریخ دوم است</translation>
    </message>
    <message>
        <source>“{text}” is not a date this app reads ({examples})</source>
        <translation>«{text}» تاریخی نیست که این برنامه بتواند بخواند ({examples})</translation>
    </message>
    <message>
        <source>“{word}” in “{text}” is not a month name (e.g. Jul, July, Tir, تیر)</source>
        <translation>«{word}» در «{text}» نام ماه نیست (مثلاً تیر، مرداد، Jul، July)</translation>
    </message>
    <message>
        <source>{year} is no Solar Hijri year of our era: switch the calendar to Gregorian to type a Gregorian year</source>
        <translation>{year} سال هجری شمسیِ دوران ما نیست: برای نوشتن سال میلادی، تقویم را روی میلادی بگذارید</translation>
    </message>
    <message>
        <source>“{text}” is not a possible date (no such day, month or year)</source>
        <translation>«{text}» تاریخ ممکنی نیست (چنین روز، ماه یا سالی وجود ندارد)</translation>
    </message>
</context>
<context>
    <name>user_settings</name>
    <message>
        <source>no data folder is in use to keep preferences in</source>
        <translation>هیچ پوشه‌ی داده‌ای برای نگه‌داشتن ترجیحات در کار نیست</translation>
    </message>
</context>
</TS>
