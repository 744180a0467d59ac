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
</TS>
