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
        <source>in {date}</source>
        <translation>در {date}</translation>
    </message>
    <message>
        <source>on {date}</source>
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
</TS>
