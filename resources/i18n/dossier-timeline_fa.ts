<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
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
