<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>About</name>
        <message>
            <source>Bundled data: INTERPOL's General Assembly sessions (1923-2026), Presidents, Secretaries General and flag handovers, compiled from the sources cited in each record (INTERPOL releases, national police and ministry pages, news reports); summaries are original text.</source>
            <translation>البيانات المرفقة: دورات الجمعية العامة للإنتربول (1923-2026)، والرؤساء، والأمناء العامون، وعمليات تسليم العلم، جُمعت من المصادر المذكورة في كل سجل (بيانات الإنتربول، وصفحات أجهزة الشرطة والوزارات الوطنية، والتقارير الصحفية)؛ والملخصات نصوص أصلية.</translation>
        </message>
        <message>
            <source>Licence: MIT (code); DejaVu fonts under their own free licence.</source>
            <translation>الترخيص: MIT (الشيفرة البرمجية)؛ خطوط DejaVu بترخيصها الحر الخاص.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>&amp;Open…</source>
            <translation>فتح…</translation>
        </message>
        <message>
            <source>Open a file (or drop it on the window)</source>
            <translation>فتح ملف (أو إفلاته على النافذة)</translation>
        </message>
        <message>
            <source>Open &amp;Folder…</source>
            <translation>فتح مجلد…</translation>
        </message>
        <message>
            <source>Open a folder of Parquet files (a partitioned table)</source>
            <translation>فتح مجلد من ملفات Parquet (جدول مقسّم)</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>إعادة التحميل</translation>
        </message>
        <message>
            <source>Reload the file (it also reloads by itself when it changes on disk)</source>
            <translation>إعادة تحميل الملف (يُعاد تحميله تلقائيًا أيضًا عند تغيّره على القرص)</translation>
        </message>
        <message>
            <source>Open &amp;Bundled Record</source>
            <translation>فتح السجل المرفق</translation>
        </message>
        <message>
            <source>&amp;Export Image…</source>
            <translation>تصدير صورة…</translation>
        </message>
        <message>
            <source>Export the chart as an image</source>
            <translation>تصدير المخطط صورةً</translation>
        </message>
        <message>
            <source>Export &amp;Map…</source>
            <translation>تصدير الخريطة…</translation>
        </message>
        <message>
            <source>Export the map of the places</source>
            <translation>تصدير خريطة الأماكن</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>&amp;Fit All</source>
            <translation>عرض الكل</translation>
        </message>
        <message>
            <source>Fit all: show the whole timeline</source>
            <translation>عرض الكل: إظهار الخط الزمني كاملًا</translation>
        </message>
        <message>
            <source>Fit Lanes in &amp;Window</source>
            <translation>كل المسارات في النافذة</translation>
        </message>
        <message>
            <source>Fit every lane in the window's height (rows too thin for labels)</source>
            <translation>ملاءمة كل المسارات لارتفاع النافذة (صفوف أرفع من أن تحمل التسميات)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <source>Clear Selection</source>
            <translation>إلغاء التحديد</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>إلغاء التحديد</translation>
        </message>
        <message>
            <source>Copy &amp;Citation</source>
            <translation>نسخ الاستشهاد</translation>
        </message>
        <message>
            <source>Copy a citation of the selected item (text and CSL-JSON)</source>
            <translation>نسخ استشهاد بالعنصر المحدد (نصًا وبصيغة CSL-JSON)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>بحث…</translation>
        </message>
        <message>
            <source>Search titles, places, people and summaries</source>
            <translation>البحث في العناوين والأماكن والأشخاص والملخصات</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>الجدول</translation>
        </message>
        <message>
            <source>Show or hide the table of all records</source>
            <translation>إظهار جدول جميع السجلات أو إخفاؤه</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>ملء الشاشة</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>ملء الشاشة</translation>
        </message>
        <message>
            <source>&amp;Reset Settings…</source>
            <translation>إعادة ضبط الإعدادات…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;About Timeline Viewer</source>
            <translation>حول Timeline Viewer</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message numerus="yes">
            <source>… and %Ln more fact(s), not shown here</source>
            <translation>
                <numerusform>… و%Ln حقيقة أخرى لا تظهر هنا</numerusform>
                <numerusform>… وحقيقة أخرى لا تظهر هنا</numerusform>
                <numerusform>… وحقيقتان أخريان لا تظهران هنا</numerusform>
                <numerusform>… و%Ln حقائق أخرى لا تظهر هنا</numerusform>
                <numerusform>… و%Ln حقيقةً أخرى لا تظهر هنا</numerusform>
                <numerusform>… و%Ln حقيقة أخرى لا تظهر هنا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more name(s), not shown here</source>
            <translation>
                <numerusform>… و%Ln اسم آخر لا يظهر هنا</numerusform>
                <numerusform>… واسم آخر لا يظهر هنا</numerusform>
                <numerusform>… واسمان آخران لا يظهران هنا</numerusform>
                <numerusform>… و%Ln أسماء أخرى لا تظهر هنا</numerusform>
                <numerusform>… و%Ln اسمًا آخر لا تظهر هنا</numerusform>
                <numerusform>… و%Ln اسم آخر لا تظهر هنا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more mark(s), not shown here</source>
            <translation>
                <numerusform>… و%Ln علامة أخرى لا تظهر هنا</numerusform>
                <numerusform>… وعلامة أخرى لا تظهر هنا</numerusform>
                <numerusform>… وعلامتان أخريان لا تظهران هنا</numerusform>
                <numerusform>… و%Ln علامات أخرى لا تظهر هنا</numerusform>
                <numerusform>… و%Ln علامةً أخرى لا تظهر هنا</numerusform>
                <numerusform>… و%Ln علامة أخرى لا تظهر هنا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more alternative(s), not shown here</source>
            <translation>
                <numerusform>… و%Ln بديل آخر لا يظهر هنا</numerusform>
                <numerusform>… وبديل آخر لا يظهر هنا</numerusform>
                <numerusform>… وبديلان آخران لا يظهران هنا</numerusform>
                <numerusform>… و%Ln بدائل أخرى لا تظهر هنا</numerusform>
                <numerusform>… و%Ln بديلًا آخر لا تظهر هنا</numerusform>
                <numerusform>… و%Ln بديل آخر لا تظهر هنا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more disputed field(s), not shown here</source>
            <translation>
                <numerusform>… و%Ln حقل آخر متنازع عليه لا يظهر هنا</numerusform>
                <numerusform>… وحقل آخر متنازع عليه لا يظهر هنا</numerusform>
                <numerusform>… وحقلان آخران متنازع عليهما لا يظهران هنا</numerusform>
                <numerusform>… و%Ln حقول أخرى متنازع عليها لا تظهر هنا</numerusform>
                <numerusform>… و%Ln حقلًا آخر متنازعًا عليه لا تظهر هنا</numerusform>
                <numerusform>… و%Ln حقل آخر متنازع عليه لا تظهر هنا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more source(s), not shown here</source>
            <translation>
                <numerusform>… و%Ln مصدر آخر لا يظهر هنا</numerusform>
                <numerusform>… ومصدر آخر لا يظهر هنا</numerusform>
                <numerusform>… ومصدران آخران لا يظهران هنا</numerusform>
                <numerusform>… و%Ln مصادر أخرى لا تظهر هنا</numerusform>
                <numerusform>… و%Ln مصدرًا آخر لا تظهر هنا</numerusform>
                <numerusform>… و%Ln مصدر آخر لا تظهر هنا</numerusform>
            </translation>
        </message>
        <message>
            <source>{command} prints them all</source>
            <translation>يطبعها {command} كلها</translation>
        </message>
        <message>
            <source>stated by no single source; see the record's sources</source>
            <translation>لا يذكره مصدر بعينه؛ راجع مصادر السجل</translation>
        </message>
        <message>
            <source>(title cut: {count} characters in all; python -m viewer records prints it whole)</source>
            <translation>(العنوان مقطوع: {count} حرفًا في المجموع؛ يطبعه python -m viewer records كاملًا)</translation>
        </message>
        <message>
            <source>(inferred)</source>
            <translation>(مستنتَج)</translation>
        </message>
        <message>
            <source>(start inferred)</source>
            <extracomment>After a term's dates when only its start is inferred ("1963 – unknown (start inferred)").</extracomment>
            <translation>(البداية مستنتَجة)</translation>
        </message>
        <message>
            <source>(end inferred)</source>
            <extracomment>After a term's dates when only its end is inferred.</extracomment>
            <translation>(النهاية مستنتَجة)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Elected</source>
            <translation>انتُخب</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>كيف انتهت</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>حقائق رئيسية</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>ذو صلة</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more: {relation}</source>
            <translation>
                <numerusform>… و%Ln أخرى: {relation}</numerusform>
                <numerusform>… وواحد آخر: {relation}</numerusform>
                <numerusform>… واثنان آخران: {relation}</numerusform>
                <numerusform>… و%Ln أخرى: {relation}</numerusform>
                <numerusform>… و%Ln أخرى: {relation}</numerusform>
                <numerusform>… و%Ln أخرى: {relation}</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>No source given in the file.</source>
            <translation>لم يذكر الملف أي مصدر.</translation>
        </message>
        <message>
            <source>⚠ Sources disagree: {field}</source>
            <translation>⚠ تختلف المصادر: {field}</translation>
        </message>
        <message>
            <source>(preferred)</source>
            <translation>(المفضَّل)</translation>
        </message>
        <message>
            <source>No data loaded. Use File › Open… to open a timeline file.</source>
            <translation>لم تُحمَّل أي بيانات. استخدم ملف › فتح… لفتح ملف خط زمني.</translation>
        </message>
        <message>
            <source>Click a marker or a bar to see what happened, when, where, who, and the sources.</source>
            <translation>انقر على علامة أو شريط لترى ما حدث ومتى وأين ومن، والمصادر.</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>الملف</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more in the Load Report.</source>
            <translation>
                <numerusform>… و%Ln أخرى في تقرير التحميل.</numerusform>
                <numerusform>… وواحدة أخرى في تقرير التحميل.</numerusform>
                <numerusform>… واثنتان أخريان في تقرير التحميل.</numerusform>
                <numerusform>… و%Ln أخرى في تقرير التحميل.</numerusform>
                <numerusform>… و%Ln أخرى في تقرير التحميل.</numerusform>
                <numerusform>… و%Ln أخرى في تقرير التحميل.</numerusform>
            </translation>
        </message>
        <message>
            <source>No record could be loaded</source>
            <translation>تعذّر تحميل أي سجل</translation>
        </message>
        <message>
            <source>{file} has no valid record, so the timeline is empty. The reasons:</source>
            <translation>لا يحتوي {file} على أي سجل صالح، لذا فالخط الزمني فارغ. الأسباب:</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>تعذّر فتح الملف</translation>
        </message>
        <message>
            <source>Nothing is shown. Use File › Open… to open another file, or File › Open Bundled Record.</source>
            <translation>لا يُعرض شيء. استخدم ملف › فتح… لفتح ملف آخر، أو ملف › فتح السجل المرفق.</translation>
        </message>
        <message>
            <source>Copy citation</source>
            <translation>نسخ الاستشهاد</translation>
        </message>
        <message>
            <source>Copy a citation of this item: readable text and CSL-JSON (Edit › Copy Citation)</source>
            <translation>نسخ استشهاد بهذا العنصر: نص مقروء وصيغة CSL-JSON (تحرير › نسخ الاستشهاد)</translation>
        </message>
        <message numerus="yes">
            <source>(%Ln more character(s) not shown; python -m viewer records prints the whole text)</source>
            <translation>
                <numerusform>(لم يُعرض %Ln محرف آخر؛ يطبع python -m viewer records النص كاملًا)</numerusform>
                <numerusform>(لم يُعرض محرف واحد آخر؛ يطبع python -m viewer records النص كاملًا)</numerusform>
                <numerusform>(لم يُعرض محرفان آخران؛ يطبع python -m viewer records النص كاملًا)</numerusform>
                <numerusform>(لم تُعرض %Ln محارف أخرى؛ يطبع python -m viewer records النص كاملًا)</numerusform>
                <numerusform>(لم يُعرض %Ln محرفًا آخر؛ يطبع python -m viewer records النص كاملًا)</numerusform>
                <numerusform>(لم يُعرض %Ln محرف آخر؛ يطبع python -m viewer records النص كاملًا)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Docks</name>
        <message>
            <source>Details</source>
            <extracomment>Space around the "Copy citation" button in its strip below the text (pixels).</extracomment>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>السجلات</translation>
        </message>
        <message>
            <source>Load Report</source>
            <translation>تقرير التحميل</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>الخريطة</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Unexpected error</source>
            <translation>خطأ غير متوقع</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

The app keeps running. Details are in the log file:
{path}</source>
            <translation>حدث خطأ: {error}

يواصل التطبيق العمل. التفاصيل في ملف السجل:
{path}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Exporting {file}…</source>
            <translation>جارٍ تصدير {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>لا شيء للتصدير</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>فشل التصدير</translation>
        </message>
        <message>
            <source>Exported {file}</source>
            <translation>صُدِّر {file}</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي ملف</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>صورة PNG</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>رسم SVG</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>مستند PDF</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message numerus="yes">
            <source>(+%Ln more in the app or 'records')</source>
            <translation>
                <numerusform>(+%Ln أخرى في التطبيق أو «records»)</numerusform>
                <numerusform>(+%Ln أخرى في التطبيق أو «records»)</numerusform>
                <numerusform>(+%Ln أخرى في التطبيق أو «records»)</numerusform>
                <numerusform>(+%Ln أخرى في التطبيق أو «records»)</numerusform>
                <numerusform>(+%Ln أخرى في التطبيق أو «records»)</numerusform>
                <numerusform>(+%Ln أخرى في التطبيق أو «records»)</numerusform>
            </translation>
        </message>
        <message>
            <source>Range shown: {range}</source>
            <translation>الفترة المعروضة: {range}</translation>
        </message>
        <message>
            <source>(no records in this range)</source>
            <translation>(لا سجلات في هذه الفترة)</translation>
        </message>
        <message>
            <source>not drawn: {undated} without a date, {without_lane} without a lane</source>
            <translation>غير مرسومة: {undated} بلا تاريخ، و{without_lane} بلا مسار</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a date, not drawn</source>
            <translation>
                <numerusform>لا سجلات بلا تاريخ</numerusform>
                <numerusform>سجل واحد بلا تاريخ، غير مرسوم</numerusform>
                <numerusform>سجلان بلا تاريخ، غير مرسومين</numerusform>
                <numerusform>%Ln سجلات بلا تاريخ، غير مرسومة</numerusform>
                <numerusform>%Ln سجلًا بلا تاريخ، غير مرسوم</numerusform>
                <numerusform>%Ln سجل بلا تاريخ، غير مرسوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a lane, not drawn</source>
            <translation>
                <numerusform>لا سجلات بلا مسار</numerusform>
                <numerusform>سجل واحد بلا مسار، غير مرسوم</numerusform>
                <numerusform>سجلان بلا مسار، غير مرسومين</numerusform>
                <numerusform>%Ln سجلات بلا مسار، غير مرسومة</numerusform>
                <numerusform>%Ln سجلًا بلا مسار، غير مرسوم</numerusform>
                <numerusform>%Ln سجل بلا مسار، غير مرسوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) drawn over others to fit the image</source>
            <translation>
                <numerusform>لا سجلات مرسومة فوق غيرها لتتسع لها الصورة</numerusform>
                <numerusform>سجل واحد مرسوم فوق غيره لتتسع له الصورة</numerusform>
                <numerusform>سجلان مرسومان فوق غيرهما لتتسع لهما الصورة</numerusform>
                <numerusform>%Ln سجلات مرسومة فوق غيرها لتتسع لها الصورة</numerusform>
                <numerusform>%Ln سجلًا مرسومًا فوق غيره لتتسع لها الصورة</numerusform>
                <numerusform>%Ln سجل مرسوم فوق غيره لتتسع لها الصورة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %Ln row(s) a lane</source>
            <translation>
                <numerusform>%Ln صفوف على الأكثر لكل مسار</numerusform>
                <numerusform>صف واحد على الأكثر لكل مسار</numerusform>
                <numerusform>صفان على الأكثر لكل مسار</numerusform>
                <numerusform>%Ln صفوف على الأكثر لكل مسار</numerusform>
                <numerusform>%Ln صفًا على الأكثر لكل مسار</numerusform>
                <numerusform>%Ln صف على الأكثر لكل مسار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{unnamed} of %Ln lane(s) unnamed: too thin for a name</source>
            <translation>
                <numerusform>{unnamed} من %Ln مسار بلا اسم: أضيق من أن يُسمّى</numerusform>
                <numerusform>{unnamed} من مسار واحد بلا اسم: أضيق من أن يُسمّى</numerusform>
                <numerusform>{unnamed} من مسارين بلا اسم: أضيق من أن يُسمّيا</numerusform>
                <numerusform>{unnamed} من %Ln مسارات بلا اسم: أضيق من أن تُسمّى</numerusform>
                <numerusform>{unnamed} من %Ln مسارًا بلا اسم: أضيق من أن تُسمّى</numerusform>
                <numerusform>{unnamed} من %Ln مسار بلا اسم: أضيق من أن تُسمّى</numerusform>
            </translation>
        </message>
        <message>
            <source>Data: {file}</source>
            <translation>البيانات: {file}</translation>
        </message>
        <message>
            <source>Sources of the numbered items</source>
            <translation>مصادر العناصر المرقّمة</translation>
        </message>
        <message numerus="yes">
            <source>({unnumbered} of %Ln item(s) unnumbered: no room for a number or its note, or no source)</source>
            <translation>
                <numerusform>({unnumbered} من %Ln عنصر بلا رقم: لا مكان لرقم أو لحاشيته، أو لا مصدر)</numerusform>
                <numerusform>({unnumbered} من عنصر واحد بلا رقم: لا مكان لرقم أو لحاشيته، أو لا مصدر)</numerusform>
                <numerusform>({unnumbered} من عنصرين بلا رقم: لا مكان لرقم أو لحاشيته، أو لا مصدر)</numerusform>
                <numerusform>({unnumbered} من %Ln عناصر بلا رقم: لا مكان لرقم أو لحاشيته، أو لا مصدر)</numerusform>
                <numerusform>({unnumbered} من %Ln عنصرًا بلا رقم: لا مكان لرقم أو لحاشيته، أو لا مصدر)</numerusform>
                <numerusform>({unnumbered} من %Ln عنصر بلا رقم: لا مكان لرقم أو لحاشيته، أو لا مصدر)</numerusform>
            </translation>
        </message>
        <message>
            <source>sources not numbered: no label has room for a number</source>
            <translation>المصادر غير مرقّمة: لا مكان لرقم بجانب أي تسمية</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s): too many for source footnotes; export a narrower range to list them</source>
            <translation>
                <numerusform>%Ln عنصر: أكثر من أن تُدرج مصادرها في حواشٍ؛ صدّر فترة أقصر لإدراجها</numerusform>
                <numerusform>عنصر واحد: أكثر من أن تُدرج مصادره في حواشٍ؛ صدّر فترة أقصر لإدراجه</numerusform>
                <numerusform>عنصران: أكثر من أن تُدرج مصادرهما في حواشٍ؛ صدّر فترة أقصر لإدراجهما</numerusform>
                <numerusform>%Ln عناصر: أكثر من أن تُدرج مصادرها في حواشٍ؛ صدّر فترة أقصر لإدراجها</numerusform>
                <numerusform>%Ln عنصرًا: أكثر من أن تُدرج مصادرها في حواشٍ؛ صدّر فترة أقصر لإدراجها</numerusform>
                <numerusform>%Ln عنصر: أكثر من أن تُدرج مصادرها في حواشٍ؛ صدّر فترة أقصر لإدراجها</numerusform>
            </translation>
        </message>
        <message>
            <source>{title}: sources, continued (page {page} of {pages})</source>
            <translation>{title}: المصادر، تتمة (الصفحة {page} من {pages})</translation>
        </message>
        <message>
            <source>Export Image</source>
            <translation>تصدير صورة</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>الملف:</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>الصيغة:</translation>
        </message>
        <message>
            <source>&amp;Visible range</source>
            <translation>الفترة المرئية</translation>
        </message>
        <message>
            <source>&amp;Whole timeline</source>
            <translation>الخط الزمني كاملًا</translation>
        </message>
        <message>
            <source>&amp;Years</source>
            <translation>سنوات</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>من سنة</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>إلى سنة</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Extent:</source>
            <translation>النطاق:</translation>
        </message>
        <message>
            <source>Width in pixels</source>
            <translation>العرض بالبكسل</translation>
        </message>
        <message>
            <source>fit content</source>
            <translation>حسب المحتوى</translation>
        </message>
        <message>
            <source>Height in pixels</source>
            <translation>الارتفاع بالبكسل</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>المقياس</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>مقياس</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>الحجم:</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>حجم الصفحة</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>أفقي</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>عمودي</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <source>&amp;Page:</source>
            <translation>الصفحة:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>العنوان:</translation>
        </message>
        <message>
            <source>&amp;Legend</source>
            <translation>وسيلة الإيضاح</translation>
        </message>
        <message>
            <source>&amp;Source footnotes</source>
            <translation>حواشي المصادر</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>السمة:</translation>
        </message>
        <message>
            <source>Include:</source>
            <translation>تضمين:</translation>
        </message>
        <message>
            <source>&amp;Highlight the selected item</source>
            <translation>إبراز العنصر المحدد</translation>
        </message>
        <message>
            <source>Nothing is selected</source>
            <translation>لم يُحدَّد شيء</translation>
        </message>
        <message>
            <source>Export image to</source>
            <translation>تصدير الصورة إلى</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Choose a file to save the image to (Browse…).</source>
            <translation>اختر ملفًا لحفظ الصورة فيه (استعراض…).</translation>
        </message>
        <message>
            <source>The last year ({last}) is before the first ({first}).</source>
            <translation>السنة الأخيرة ({last}) تسبق السنة الأولى ({first}).</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>استبدال الملف؟</translation>
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation>{file} موجود بالفعل. هل تريد استبداله؟</translation>
        </message>
        <message>
            <source>Exported the map to {file}</source>
            <translation>صُدِّرت الخريطة إلى {file}</translation>
        </message>
        <message>
            <source>No file is open</source>
            <translation>لا يوجد ملف مفتوح</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>جميع التواريخ</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln placed record(s)</source>
            <translation>
                <numerusform>{shown} من أصل %Ln سجل محدد الموقع</numerusform>
                <numerusform>{shown} من أصل سجل واحد محدد الموقع</numerusform>
                <numerusform>{shown} من أصل سجلين محددي الموقع</numerusform>
                <numerusform>{shown} من أصل %Ln سجلات محددة الموقع</numerusform>
                <numerusform>{shown} من أصل %Ln سجلًا محدد الموقع</numerusform>
                <numerusform>{shown} من أصل %Ln سجل محدد الموقع</numerusform>
            </translation>
        </message>
        <message>
            <source>as the data file gives them</source>
            <comment>the coordinates</comment>
            <translation>كما يذكرها ملف البيانات</translation>
        </message>
        <message>
            <source>Map: Natural Earth (public domain), Equal Earth projection; coordinates: {coords}</source>
            <translation>الخريطة: Natural Earth (ملكية عامة)، إسقاط Equal Earth؛ الإحداثيات: {coords}</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Tab</source>
            <extracomment>Keys that the timeline and the search field handle themselves (not menu commands).</extracomment>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the timeline</source>
            <translation>نقل تركيز لوحة المفاتيح إلى الخط الزمني</translation>
        </message>
        <message>
            <source>Left / Right</source>
            <translation>يسار / يمين</translation>
        </message>
        <message>
            <source>Select the previous / next item in the lane</source>
            <translation>تحديد العنصر السابق / التالي في المسار</translation>
        </message>
        <message>
            <source>Up / Down</source>
            <translation>أعلى / أسفل</translation>
        </message>
        <message>
            <source>Select the nearest item in the lane above / below</source>
            <translation>تحديد أقرب عنصر في المسار الأعلى / الأدنى</translation>
        </message>
        <message>
            <source>Zoom in / out around the selection</source>
            <translation>التكبير / التصغير حول التحديد</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Open the selected item's first source in the browser</source>
            <translation>فتح أول مصدر للعنصر المحدد في المتصفح</translation>
        </message>
        <message>
            <source>Page Up / Page Down, Shift+wheel</source>
            <translation>عجلة الفأرة مع Shift، أو Page Up / Page Down</translation>
        </message>
        <message>
            <source>Scroll the lanes up / down when they overflow</source>
            <translation>تمرير المسارات لأعلى / لأسفل عندما تفيض</translation>
        </message>
        <message>
            <source>Enter / Shift+Enter (in search)</source>
            <translation>Enter / Shift+Enter (في البحث)</translation>
        </message>
        <message>
            <source>Select the next / previous match</source>
            <translation>تحديد النتيجة التالية / السابقة</translation>
        </message>
        <message>
            <source>Mouse wheel / drag</source>
            <translation>عجلة الفأرة / السحب</translation>
        </message>
        <message>
            <source>Zoom / pan</source>
            <translation>تكبير أو تصغير / تحريك</translation>
        </message>
        <message>
            <source>Repeated clicks</source>
            <translation>نقرات متكررة</translation>
        </message>
        <message>
            <source>Cycle through items drawn on the same spot</source>
            <translation>التنقل بين العناصر المرسومة في الموضع نفسه</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Article</source>
            <translation>مقال</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>حدث</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>الأحداث</translation>
        </message>
        <message>
            <source>Era</source>
            <translation>حقبة</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>الحقب</translation>
        </message>
        <message>
            <source>published</source>
            <translation>منشور</translation>
        </message>
        <message>
            <source>General Assembly session</source>
            <translation>دورة الجمعية العامة</translation>
        </message>
        <message>
            <source>{ordinal} session of the General Assembly</source>
            <translation>الدورة {ordinal} للجمعية العامة</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الدورات</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>دورة</translation>
        </message>
        <message>
            <source>Host city unknown</source>
            <translation>المدينة المضيفة غير معروفة</translation>
        </message>
        <message>
            <source>Date inferred</source>
            <translation>التاريخ مستنتَج</translation>
        </message>
        <message>
            <source>Announced / unconfirmed</source>
            <translation>معلنة / غير مؤكدة</translation>
        </message>
        <message>
            <source>host city unknown</source>
            <translation>المدينة المضيفة غير معروفة</translation>
        </message>
        <message>
            <source>Term as President</source>
            <translation>ولاية الرئيس</translation>
        </message>
        <message>
            <source>Terms as President</source>
            <translation>ولايات الرؤساء</translation>
        </message>
        <message>
            <source>President</source>
            <translation>الرئيس</translation>
        </message>
        <message>
            <source>Acting</source>
            <translation>بالنيابة</translation>
        </message>
        <message>
            <source>Not officially recognised</source>
            <translation>غير معترف به رسميًا</translation>
        </message>
        <message>
            <source>Start or end unknown</source>
            <translation>البداية أو النهاية غير معروفة</translation>
        </message>
        <message>
            <source>Term's dates inferred</source>
            <translation>تواريخ الولاية مستنتَجة</translation>
        </message>
        <message>
            <source>President in office</source>
            <translation>الرئيس في المنصب</translation>
        </message>
        <message>
            <source>Term as Secretary General</source>
            <translation>ولاية الأمين العام</translation>
        </message>
        <message>
            <source>Terms as Secretary General</source>
            <translation>ولايات الأمناء العامين</translation>
        </message>
        <message>
            <source>Secretary General</source>
            <translation>الأمين العام</translation>
        </message>
        <message>
            <source>Secretary General in office</source>
            <translation>الأمين العام في المنصب</translation>
        </message>
        <message>
            <source>Flag handover</source>
            <translation>تسليم العلم</translation>
        </message>
        <message>
            <source>Flag handover at the {ordinal} session</source>
            <translation>تسليم العلم في الدورة {ordinal}</translation>
        </message>
        <message>
            <source>Flag handovers</source>
            <translation>عمليات تسليم العلم</translation>
        </message>
        <message>
            <source>Flag handover: host → next host</source>
            <translation>تسليم العلم: من المضيف إلى المضيف التالي</translation>
        </message>
        <message>
            <source>Handed over at</source>
            <translation>سُلِّم في</translation>
        </message>
        <message>
            <source>Next host</source>
            <translation>المضيف التالي</translation>
        </message>
        <message>
            <source>Handover to the next host</source>
            <translation>التسليم إلى المضيف التالي</translation>
        </message>
        <message>
            <source>Handover from the previous host</source>
            <translation>التسليم من المضيف السابق</translation>
        </message>
        <message>
            <source>No session</source>
            <translation>لا دورة</translation>
        </message>
        <message>
            <source>Years without a session</source>
            <translation>سنوات بلا دورة</translation>
        </message>
        <message>
            <source>No session held</source>
            <translation>لم تُعقد دورة</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>الدورات المعقودة</translation>
        </message>
        <message>
            <source>held</source>
            <translation>عُقدت</translation>
        </message>
        <message>
            <source>Announced sessions</source>
            <translation>الدورات المعلنة</translation>
        </message>
        <message>
            <source>announced; not reported as held</source>
            <translation>معلنة؛ لم يُبلَّغ عن انعقادها</translation>
        </message>
        <message>
            <source>Scheduled, not confirmed</source>
            <translation>مقررة، غير مؤكدة</translation>
        </message>
        <message>
            <source>scheduled; not confirmed as held</source>
            <translation>مقررة؛ لم يتأكد انعقادها</translation>
        </message>
        <message>
            <source>no session held</source>
            <translation>لم تُعقد دورة</translation>
        </message>
        <message>
            <source>Official terms</source>
            <translation>الولايات الرسمية</translation>
        </message>
        <message>
            <source>official</source>
            <translation>رسمية</translation>
        </message>
        <message>
            <source>Acting terms</source>
            <translation>الولايات بالنيابة</translation>
        </message>
        <message>
            <source>acting</source>
            <translation>بالنيابة</translation>
        </message>
        <message>
            <source>not recognised by INTERPOL</source>
            <translation>غير معترف به من الإنتربول</translation>
        </message>
        <message>
            <source>About</source>
            <comment>records an article is about</comment>
            <translation>موضوعه</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>ذو صلة</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>أولي</translation>
        </message>
        <message>
            <source>press</source>
            <translation>صحافة</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>مرجع</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>نسخة</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Place: {place}</source>
            <translation>المكان: {place}</translation>
        </message>
        <message>
            <source>start inferred</source>
            <translation>البداية مستنتَجة</translation>
        </message>
        <message>
            <source>end inferred</source>
            <translation>النهاية مستنتَجة</translation>
        </message>
        <message>
            <source>session number inferred</source>
            <translation>رقم الدورة مستنتَج</translation>
        </message>
        <message>
            <source>how the term ended inferred</source>
            <translation>طريقة انتهاء الولاية مستنتَجة</translation>
        </message>
        <message>
            <source>place inferred</source>
            <translation>المكان مستنتَج</translation>
        </message>
        <message>
            <source>election day inferred</source>
            <translation>يوم الانتخاب مستنتَج</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>أتمّ الولاية</translation>
        </message>
        <message>
            <source>resigned</source>
            <translation>استقال</translation>
        </message>
        <message>
            <source>died in office</source>
            <translation>توفي أثناء توليه المنصب</translation>
        </message>
        <message>
            <source>removed from office</source>
            <translation>أُقيل من المنصب</translation>
        </message>
        <message>
            <source>acting until a holder was elected</source>
            <translation>بالنيابة حتى انتخاب شاغل للمنصب</translation>
        </message>
        <message>
            <source>still in office</source>
            <translation>لا يزال في المنصب</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>{reason}: {detail}</source>
            <extracomment>How a term ended ({reason}, in the reader's words), then the file's own words.</extracomment>
            <translation>{reason}: {detail}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between status marks</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <source>{field} inferred</source>
            <translation>{field} مستنتَج</translation>
        </message>
        <message>
            <source>sources disagree</source>
            <translation>المصادر مختلفة</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The interface will be in {language} when Timeline Viewer starts again. Restart now? Your file, view and settings are kept.</source>
            <translation>ستكون الواجهة بـ{language} عند إعادة تشغيل Timeline Viewer. هل تريد إعادة التشغيل الآن؟ يُحتفظ بملفك وعرضك وإعداداتك.</translation>
        </message>
        <message>
            <source>Restart Now</source>
            <translation>إعادة التشغيل الآن</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>لاحقًا</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Date known to its month, year, decade or century: the line under it</source>
            <translation>تاريخ معروف بالشهر أو السنة أو العقد أو القرن فقط: الخط تحته</translation>
        </message>
        <message>
            <source>Start unknown: drawn dashed over its end's date</source>
            <translation>البداية غير معروفة: مرسوم بخط متقطع على تاريخ نهايته</translation>
        </message>
        <message numerus="yes">
            <source>+%n more: enlarge the window</source>
            <translation>
                <numerusform>+%n أخرى: كبّر النافذة</numerusform>
                <numerusform>+مُدخل واحد آخر: كبّر النافذة</numerusform>
                <numerusform>+مُدخلان آخران: كبّر النافذة</numerusform>
                <numerusform>+%n مُدخلات أخرى: كبّر النافذة</numerusform>
                <numerusform>+%n مُدخلًا آخر: كبّر النافذة</numerusform>
                <numerusform>+%n مُدخل آخر: كبّر النافذة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>Opened {url} in the browser</source>
            <translation>فُتح {url} في المتصفح</translation>
        </message>
        <message>
            <source>Could not open the link</source>
            <translation>تعذّر فتح الرابط</translation>
        </message>
        <message>
            <source>No web browser could be started for:
{url}

Copy the address from the Details panel instead.</source>
            <translation>تعذّر تشغيل متصفح ويب من أجل:
{url}

انسخ العنوان من لوحة التفاصيل بدلًا من ذلك.</translation>
        </message>
    </context>
    <context>
        <name>Load</name>
        <message>
            <source>line {number}</source>
            <extracomment>Records between two progress reports.</extracomment>
            <translation>السطر {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>الصف {number}</translation>
        </message>
        <message>
            <source>{part}, row {number}</source>
            <extracomment>{part}: a file of a partitioned Parquet folder; {number}: a row in that file.</extracomment>
            <translation>{part}، الصف {number}</translation>
        </message>
        <message>
            <source>record {number}</source>
            <translation>السجل {number}</translation>
        </message>
        <message>
            <source>id {id}</source>
            <translation>المعرّف {id}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>الحقل {field}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of where a problem is</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <extracomment>{where}: the line or record, id and field; {reason}: what is wrong there.</extracomment>
            <translation>{where}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more of this field, not listed</source>
            <extracomment>Problems of one field beyond those listed, {count} of them.</extracomment>
            <translation>… و{count} غيرها من هذا الحقل، غير مدرجة</translation>
        </message>
        <message>
            <source>by record {number}</source>
            <translation>في السجل {number}</translation>
        </message>
        <message>
            <source>at line {number}</source>
            <translation>في السطر {number}</translation>
        </message>
        <message>
            <source>at row {number}</source>
            <translation>في الصف {number}</translation>
        </message>
        <message>
            <source>at {part}, row {number}</source>
            <translation>في {part}، الصف {number}</translation>
        </message>
        <message>
            <source>duplicate id (first used {where})</source>
            <translation>معرّف مكرر (استُخدم أولًا {where})</translation>
        </message>
        <message>
            <source>; the two may have differed only in characters that are not text, each replaced by �</source>
            <translation>؛ ربما لم يختلف المعرّفان إلا في محارف ليست نصًا، استُبدل كل منها بـ �</translation>
        </message>
        <message>
            <source>unknown lane {lane}</source>
            <translation>مسار غير معروف {lane}</translation>
        </message>
        <message>
            <source>refers to unknown record {id}</source>
            <translation>يشير إلى سجل غير معروف {id}</translation>
        </message>
        <message>
            <source>refused by the schema</source>
            <translation>رفضه المخطط</translation>
        </message>
        <message>
            <source>{value} is not a date of this format: YYYY, YYYY-MM or YYYY-MM-DD (slash dates like 03/04/1923 are ambiguous and not accepted), or null when unknown</source>
            <translation>{value} ليس تاريخًا بصيغة هذا الملف: YYYY أو YYYY-MM أو YYYY-MM-DD (التواريخ ذات الشرطة المائلة مثل 03/04/1923 ملتبسة وغير مقبولة)، أو null إن كان مجهولًا</translation>
        </message>
        <message>
            <source>{value} is not a date of this format: YYYY, YYYY-MM or YYYY-MM-DD, '..' when still running, or null</source>
            <translation>{value} ليس تاريخًا بصيغة هذا الملف: YYYY أو YYYY-MM أو YYYY-MM-DD، أو «..» إن كان مستمرًا، أو null</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date</source>
            <translation>{value} ليس تاريخًا بصيغة EDTF</translation>
        </message>
        <message>
            <source>(it ends with a line break)</source>
            <translation>(ينتهي بفاصل أسطر)</translation>
        </message>
        <message>
            <source>{value} is not an http:// or https:// address</source>
            <translation>{value} ليس عنوان http أو https</translation>
        </message>
        <message>
            <source>a record must be a JSON object, not {value}</source>
            <translation>يجب أن يكون السجل كائن JSON، لا {value}</translation>
        </message>
        <message>
            <source>missing; the format requires this field</source>
            <translation>مفقود؛ يتطلب التنسيق هذا الحقل</translation>
        </message>
        <message>
            <source>unknown field {field}: this format has no such field (see data/timeline.schema.json); the record is left out</source>
            <translation>حقل غير معروف {field}: لا يحتوي هذا التنسيق على هذا الحقل (انظر data/timeline.schema.json)؛ استُبعد السجل</translation>
        </message>
        <message>
            <source>{value} is an interval: give its first date as 'start' and its last as 'end'</source>
            <translation>{value} فترة: اكتب تاريخها الأول في 'start' وتاريخها الأخير في 'end'</translation>
        </message>
        <message>
            <source>empty: write a value</source>
            <translation>فارغ: اكتب قيمة</translation>
        </message>
        <message>
            <source>{given} given without {needed}: give both or neither</source>
            <extracomment>{given} and {needed}: field names ("lat given without lon").</extracomment>
            <translation>{given} مُعطى بدون {needed}: أعطِ الاثنين معًا أو لا شيء</translation>
        </message>
        <message>
            <source>a source must be an http(s) address or an object with a 'url'</source>
            <translation>يجب أن يكون المصدر عنوان http(s) أو كائنًا فيه «url»</translation>
        </message>
        <message>
            <source>{value} is not a valid id (letters, digits and _ . : - only, starting with a letter or digit)</source>
            <translation>{value} ليس معرّفًا صالحًا (حروف وأرقام و_ . : - فقط، ويبدأ بحرف أو رقم)</translation>
        </message>
        <message>
            <source>a title of spaces alone: write the title</source>
            <translation>عنوان من مسافات فقط: اكتب العنوان</translation>
        </message>
        <message>
            <source>no source: every record needs at least one http(s) source</source>
            <translation>لا مصدر: يحتاج كل سجل إلى مصدر http(s) واحد على الأقل</translation>
        </message>
        <message>
            <source>{value} is not valid here: {reasons}</source>
            <translation>{value} غير صالح هنا: {reasons}</translation>
        </message>
        <message>
            <source>{value}: {char} ({name}) is not an ASCII digit; dates are written with the digits 0-9</source>
            <extracomment>First and last month of each EDTF season (northern hemisphere; winter runs from December into February of the next year).</extracomment>
            <translation>{value}: {char} ({name}) ليس رقمًا من أرقام ASCII؛ تُكتب التواريخ بالأرقام 0-9</translation>
        </message>
        <message>
            <source>{value}: a month or day of a year beyond 9999 before or after year 0, which EDTF does not write (such a year is written alone: Y12021)</source>
            <translation>{value}: شهر أو يوم من سنة تتجاوز 9999 قبل السنة 0 أو بعدها، وهو ما لا يكتبه EDTF (تُكتب هذه السنة وحدها: Y12021)</translation>
        </message>
        <message>
            <source>{value} is a slash date: the order of day and month is ambiguous; write it as YYYY-MM-DD or declare the order (DMY or MDY)</source>
            <translation>{value} تاريخ بشرطات مائلة: ترتيب اليوم والشهر ملتبس؛ اكتبه بصيغة YYYY-MM-DD أو صرّح بالترتيب (DMY أو MDY)</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date (too long for one)</source>
            <translation>{value} ليس تاريخًا بصيغة EDTF (أطول من أن يكون تاريخًا)</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date: write a T between the day and the time (1923-09-03T10:30) or leave the time out (1923-09-03)</source>
            <translation>{value} ليس تاريخًا بصيغة EDTF: اكتب T بين اليوم والوقت (1923-09-03T10:30) أو احذف الوقت (1923-09-03)</translation>
        </message>
        <message>
            <source>{value}: a day needs a known month</source>
            <translation>{value}: يحتاج اليوم إلى شهر معروف</translation>
        </message>
        <message>
            <source>{value}: month {month} is not 1-12 (or a season 21-24)</source>
            <translation>{value}: الشهر {month} ليس بين 1 و12 (ولا فصلًا بين 21 و24)</translation>
        </message>
        <message>
            <source>{value}: day {day} does not exist in that month</source>
            <translation>{value}: اليوم {day} غير موجود في ذلك الشهر</translation>
        </message>
        <message>
            <source>{value} is not an EDTF date (write a year 1923, a month 1923-09, a day 1923-09-03, a day and time 1923-09-03T10:30, or an interval 1923/1925)</source>
            <translation>{value} ليس تاريخًا بصيغة EDTF (اكتب سنة 1923، أو شهرًا 1923-09، أو يومًا 1923-09-03، أو يومًا ووقتًا 1923-09-03T10:30، أو فترة 1923/1925)</translation>
        </message>
        <message>
            <source>{value} is EDTF, but not a single date of level 0 or 1 this viewer can place (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)</source>
            <translation>{value} بصيغة EDTF، لكنه ليس تاريخًا مفردًا من المستوى 0 أو 1 يستطيع هذا العارض وضعه (استخدم YYYY أو YYYY-MM أو YYYY-MM-DD أو YYYY-MM-DDThh:mm)</translation>
        </message>
        <message>
            <source>{value}: the end {end} is before the start {start}</source>
            <translation>{value}: النهاية {end} تسبق البداية {start}</translation>
        </message>
        <message>
            <source>day {day} given without a month</source>
            <translation>اليوم {day} مُعطى بلا شهر</translation>
        </message>
        <message>
            <source>year {year} is beyond {most} before or after year 0</source>
            <translation>السنة {year} أبعد من {most} قبل السنة 0 أو بعدها</translation>
        </message>
        <message>
            <source>month {month} is not 1-12</source>
            <translation>الشهر {month} ليس بين 1 و12</translation>
        </message>
        <message>
            <source>year {year} has more than four digits: give the year only</source>
            <translation>السنة {year} فيها أكثر من أربعة أرقام: اكتب السنة وحدها</translation>
        </message>
        <message>
            <source>day {day} does not exist in {month}</source>
            <extracomment>{month}: a month and its year ("February 1923").</extracomment>
            <translation>اليوم {day} غير موجود في {month}</translation>
        </message>
        <message>
            <source>of about {count} digits</source>
            <translation>من نحو {count} رقمًا</translation>
        </message>
        <message>
            <source>Events</source>
            <extracomment>The lane the viewer makes for the records of a file that names no lane.</extracomment>
            <translation>أحداث</translation>
        </message>
        <message>
            <source>missing start date</source>
            <translation>تاريخ البداية مفقود</translation>
        </message>
        <message>
            <source>an era needs an end date</source>
            <translation>تحتاج الحقبة إلى تاريخ نهاية</translation>
        </message>
        <message>
            <source>{url} is not an http(s) URL; not kept as a source</source>
            <extracomment>Records without a source named in the load's warning (the rest are counted).</extracomment>
            <translation>{url} ليس عنوان URL من نوع http(s)؛ لم يُحتفظ به مصدرًا</translation>
        </message>
        <message>
            <source>an interval here and an end date as well</source>
            <translation>فترة هنا وتاريخ نهاية أيضًا</translation>
        </message>
        <message>
            <source>end {end} is before start {start}</source>
            <translation>النهاية {end} تسبق البداية {start}</translation>
        </message>
        <message>
            <source>no id; it is given the id {id}, made from its title</source>
            <extracomment>A row of a table with ids whose id is empty; {id}: the id it is given.</extracomment>
            <translation>لا معرّف؛ أُعطي المعرّف {id} المأخوذ من عنوانه</translation>
        </message>
        <message>
            <source>no id and no title; it is given the id {id}</source>
            <translation>لا معرّف ولا عنوان؛ يُعطى المعرّف {id}</translation>
        </message>
        <message numerus="yes">
            <source>{records} and %Ln more</source>
            <translation>
                <numerusform>{records} و%Ln آخر</numerusform>
                <numerusform>{records} وواحد آخر</numerusform>
                <numerusform>{records} واثنان آخران</numerusform>
                <numerusform>{records} و%Ln أخرى</numerusform>
                <numerusform>{records} و%Ln آخر</numerusform>
                <numerusform>{records} و%Ln آخر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a source URL (shown as "no source given"): {records}</source>
            <translation>
                <numerusform>%Ln سجل بلا عنوان URL لمصدر: {records}</numerusform>
                <numerusform>سجل واحد بلا عنوان URL لمصدر (يظهر «لم يذكر الملف أي مصدر»): {records}</numerusform>
                <numerusform>سجلان بلا عنوان URL لمصدر (يظهران «لم يذكر الملف أي مصدر»): {records}</numerusform>
                <numerusform>%Ln سجلات بلا عنوان URL لمصدر (تظهر «لم يذكر الملف أي مصدر»): {records}</numerusform>
                <numerusform>%Ln سجلًا بلا عنوان URL لمصدر (تظهر «لم يذكر الملف أي مصدر»): {records}</numerusform>
                <numerusform>%Ln سجل بلا عنوان URL لمصدر (تظهر «لم يذكر الملف أي مصدر»): {records}</numerusform>
            </translation>
        </message>
        <message>
            <source>id {id} holds invisible characters ({names}): it looks like {looks} but is a different id</source>
            <translation>المعرّف {id} يحتوي على محارف غير مرئية ({names}): يبدو مثل {looks} لكنه معرّف مختلف</translation>
        </message>
        <message>
            <source>id {id} looks the same as id {other} but is written with other characters ({codes}): a different id</source>
            <extracomment>{id} and {other}: two record ids that look the same.</extracomment>
            <translation>المعرّف {id} يبدو مثل المعرّف {other} لكنه مكتوب بمحارف أخرى ({codes}): إنه معرّف مختلف</translation>
        </message>
        <message>
            <source>a Parquet file cut short or damaged (its end is missing)</source>
            <translation>ملف Parquet مبتور أو تالف (نهايته مفقودة)</translation>
        </message>
        <message>
            <source>an {type} file ({mime})</source>
            <translation>ملف {type} ({mime})</translation>
        </message>
        <message>
            <source>a {type} file ({mime})</source>
            <translation>ملف {type} ({mime})</translation>
        </message>
        <message>
            <source>{file}: not a regular file (a device or a pipe); save the data to a file and open that</source>
            <translation>{file}: ليس ملفًا عاديًا (جهاز أو أنبوب)؛ احفظ البيانات في ملف وافتحه</translation>
        </message>
        <message>
            <source>{file}: file not found</source>
            <translation>{file}: الملف غير موجود</translation>
        </message>
        <message>
            <source>{file}: is a folder, not a file</source>
            <translation>{file}: مجلد وليس ملفًا</translation>
        </message>
        <message>
            <source>{file}: {size} bytes is larger than this viewer reads ({most} bytes, {gb} GB, at most)</source>
            <translation>{file}: {size} بايت أكبر مما يقرؤه هذا العارض ({most} بايت، {gb} غيغابايت، على الأكثر)</translation>
        </message>
        <message>
            <source>{file}: cannot read ({reason})</source>
            <translation>{file}: تتعذّر القراءة ({reason})</translation>
        </message>
        <message>
            <source>{file}: this is a spreadsheet workbook or other binary file, not text; save it as "CSV UTF-8" (or JSON) and open that</source>
            <translation>{file}: هذا مصنف جدول بيانات أو ملف ثنائي آخر، وليس نصًا؛ احفظه بصيغة «CSV UTF-8» (أو JSON) وافتح الناتج</translation>
        </message>
        <message>
            <source>{file}: {kind}; copy or write the file again and open it</source>
            <translation>{file}: {kind}؛ انسخ الملف أو اكتبه من جديد ثم افتحه</translation>
        </message>
        <message>
            <source>{file}: this is {kind}, not a timeline; open a JSON, CSV, Parquet or Arrow file</source>
            <translation>{file}: هذا {kind}، وليس خطًا زمنيًا؛ افتح ملف JSON أو CSV أو Parquet أو Arrow</translation>
        </message>
        <message>
            <source>{file}: starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte}: {reason})</source>
            <translation>{file}: يبدأ بعلامة ترتيب البايتات {encoding} لكنه ليس {encoding} صالحًا (البايت {byte}: {reason})</translation>
        </message>
        <message>
            <source>{file}: looks like UTF-16 text without a byte-order mark; save it as UTF-8</source>
            <translation>{file}: يبدو نصًا بترميز UTF-16 بلا علامة ترتيب البايتات؛ احفظه بترميز UTF-8</translation>
        </message>
        <message>
            <source>{file}: the file is empty</source>
            <translation>{file}: الملف فارغ</translation>
        </message>
        <message>
            <source>{file}: contains NUL characters: a binary file, not text</source>
            <translation>{file}: يحتوي على محارف NUL: ملف ثنائي وليس نصًا</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8; save the file as UTF-8 and open it again</source>
            <translation>{file}: السطر {line}، العمود {column}: البايت {byte} ليس UTF-8؛ احفظ الملف بترميز UTF-8 وافتحه من جديد</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 and open it again</source>
            <translation>{file}: السطر {line}، العمود {column}: البايت {byte} ليس UTF-8 (ربما يكون Windows-1252 أو Latin-1)؛ احفظ الملف بترميز UTF-8 وافتحه من جديد</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8; save the file as UTF-8 ("CSV UTF-8" in Excel) and open it again</source>
            <translation>{file}: السطر {line}، العمود {column}: البايت {byte} ليس UTF-8؛ احفظ الملف بترميز UTF-8 («CSV UTF-8» في Excel) وافتحه من جديد</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: byte {byte} is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 ("CSV UTF-8" in Excel) and open it again</source>
            <translation>{file}: السطر {line}، العمود {column}: البايت {byte} ليس UTF-8 (ربما يكون Windows-1252 أو Latin-1)؛ احفظ الملف بترميز UTF-8 («CSV UTF-8» في Excel) وافتحه من جديد</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>قيمة منطقية (true/false)</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>عددًا</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>سلسلة نصية</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>مصفوفة</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>كائنًا</translation>
        </message>
        <message>
            <source>an object with keys {keys}</source>
            <extracomment>Format names and their descriptions, as reported in :attr:`LoadResult.format`.</extracomment>
            <translation>كائنًا بالمفاتيح {keys}</translation>
        </message>
        <message>
            <source>an empty array</source>
            <translation>مصفوفة فارغة</translation>
        </message>
        <message>
            <source>an empty object</source>
            <translation>كائنًا فارغًا</translation>
        </message>
        <message>
            <source>{file}: JSON, but not a timeline format this viewer reads (found {shape}); expected 'records' (timeline viewer), 'events' (TimelineJS), 'timeline' with 'date' (TimelineJS 2) or an array of items with 'start' (vis-timeline)</source>
            <translation>{file}: ملف JSON، لكنه ليس بتنسيق خط زمني يقرؤه هذا العارض (وُجد {shape})؛ المتوقع «records» (timeline viewer) أو «events» (TimelineJS) أو «timeline» مع «date» (TimelineJS 2) أو مصفوفة عناصر فيها «start» (vis-timeline)</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no columns</comment>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>{file}: line {line}: CSV columns not recognised (found {columns}); expected a 'start' column (plain CSV) or TimelineJS's 'Year' and 'Headline'</source>
            <translation>{file}: السطر {line}: أعمدة CSV غير معروفة (وُجد {columns})؛ المتوقع عمود «start» (CSV بسيط) أو العمودان «Year» و«Headline» في TimelineJS</translation>
        </message>
        <message>
            <source>unknown date format {value} (use DMY or MDY)</source>
            <translation>تنسيق تاريخ غير معروف {value} (استخدم DMY أو MDY)</translation>
        </message>
        <message>
            <source>{file}: a folder without Parquet files (*.parquet)</source>
            <translation>{file}: مجلد بلا ملفات Parquet (*.parquet)</translation>
        </message>
        <message>
            <source>{file}: not a readable Arrow / Feather file ({reason})</source>
            <translation>{file}: ليس ملف Arrow / Feather قابلًا للقراءة ({reason})</translation>
        </message>
        <message>
            <source>{file}: not a readable Parquet file ({reason})</source>
            <translation>{file}: ليس ملف Parquet قابلًا للقراءة ({reason})</translation>
        </message>
        <message>
            <source>{file}: {part}: not a readable Parquet file ({reason})</source>
            <translation>{file}: {part}: ملف Parquet غير قابل للقراءة ({reason})</translation>
        </message>
        <message>
            <source>{file}: its Parquet files disagree on column {column}: {type} in {part}, {other} in {other_part}</source>
            <translation>{file}: ملفات Parquet فيه لا تتفق على العمود {column}: {type} في {part}، و{other} في {other_part}</translation>
        </message>
        <message>
            <source>column {column} gives its times in the time zone {zone}, which is not known; ignored</source>
            <translation>العمود {column} يعطي أوقاته في المنطقة الزمنية {zone}، وهي غير معروفة؛ تم تجاهله</translation>
        </message>
        <message>
            <source>column {column} holds {type}, which cannot be read as text; ignored</source>
            <extracomment>{column}: a column's name; {type}: its type in pyarrow's words.</extracomment>
            <translation>العمود {column} يحوي {type}، ولا يمكن قراءته نصًا؛ تم تجاهله</translation>
        </message>
        <message>
            <source>the files' own column {column} is not read: its values come from the folder names ({name}=...)</source>
            <translation>لا يُقرأ عمود الملفات {column}: قيمه تأتي من أسماء المجلدات ({name}=...)</translation>
        </message>
        <message>
            <source>{file}: column {column} gives its times in the time zone {zone}, which is not known</source>
            <translation>{file}: العمود {column} يعطي أوقاته في المنطقة الزمنية {zone}، وهي غير معروفة</translation>
        </message>
        <message>
            <source>{file}: column {column} holds {type}, which cannot be read as text</source>
            <translation>{file}: العمود {column} يحتوي على {type}، ولا يمكن قراءته نصًا</translation>
        </message>
        <message numerus="yes">
            <source>%Ln more row(s) held characters that are not text, shown as {mark}</source>
            <extracomment>After the first 100 rows with such characters were listed one by one.</extracomment>
            <translation>
                <numerusform>لا صفوف أخرى فيها محارف ليست نصًا، تظهر بالشكل {mark}</numerusform>
                <numerusform>صف آخر واحد فيه محارف ليست نصًا، تظهر بالشكل {mark}</numerusform>
                <numerusform>صفان آخران فيهما محارف ليست نصًا، تظهر بالشكل {mark}</numerusform>
                <numerusform>%Ln صفوف أخرى فيها محارف ليست نصًا، تظهر بالشكل {mark}</numerusform>
                <numerusform>%Ln صفًا آخر فيها محارف ليست نصًا، تظهر بالشكل {mark}</numerusform>
                <numerusform>%Ln صف آخر فيها محارف ليست نصًا، تظهر بالشكل {mark}</numerusform>
            </translation>
        </message>
        <message>
            <source>column {number} repeats column {first_number} ({first}), both read as {column}; only the first is read, the cells of column {number} are ignored</source>
            <extracomment>One line and its end, split where the ``csv`` module (and ``io.StringIO(newline="")``) splits: ``
``, ``<byte value="xd" />
`` or ``<byte value="xd" />``. A run of lines holding only spaces and tabs. One character class, repeated: a repeated group would make the regular expression engine keep state for each line it passes.</extracomment>
            <translation>العمود {number} يكرّر العمود {first_number} ({first})، وكلاهما يُقرأ على أنه {column}؛ يُقرأ الأول فقط، وتُتجاهل خلايا العمود {number}</translation>
        </message>
        <message>
            <source>column {number} repeats column {first_number} ({first}); only the first is read, the cells of column {number} are ignored</source>
            <translation>العمود {number} يكرّر العمود {first_number} ({first})؛ يُقرأ الأول فقط، وتُتجاهل خلايا العمود {number}</translation>
        </message>
        <message>
            <source>a quote opens at column {column} and is never closed: this row is left out, and the lines after it are read as rows</source>
            <translation>علامة اقتباس تُفتح في العمود {column} ولا تُغلق أبدًا: يُترك هذا الصف، وتُقرأ الأسطر التالية صفوفًا</translation>
        </message>
        <message>
            <source>column {number} has no name in the header; its cells are ignored (the first at line {line})</source>
            <translation>العمود {number} بلا اسم في الترويسة؛ خلاياه مُتجاهَلة (أولاها في السطر {line})</translation>
        </message>
        <message>
            <source>{file}: no header row</source>
            <translation>{file}: لا يوجد صف عناوين</translation>
        </message>
        <message>
            <source>{file}: line {line}: date_format {value} is not DMY or MDY</source>
            <translation>{file}: السطر {line}: قيمة date_format {value} ليست DMY ولا MDY</translation>
        </message>
        <message>
            <source>unknown column, ignored</source>
            <translation>عمود غير معروف، تم تجاهله</translation>
        </message>
        <message>
            <source>{file}: line {line}: no 'start' column (the file's columns: {found}); this format reads {columns}</source>
            <translation>{file}: السطر {line}: لا يوجد عمود «start» (أعمدة الملف: {found})؛ هذا التنسيق يقرأ {columns}</translation>
        </message>
        <message>
            <source>{file}: no 'start' column (the file's columns: {found}); this format reads {columns}</source>
            <translation>{file}: لا يوجد عمود «start» (أعمدة الملف: {found})؛ هذا التنسيق يقرأ {columns}</translation>
        </message>
        <message>
            <source>no rows under the header: the file holds no records</source>
            <translation>لا توجد صفوف تحت الترويسة: لا يحتوي الملف على أي سجل</translation>
        </message>
        <message>
            <source>the table has no rows: the file holds no records</source>
            <translation>الجدول بلا صفوف: لا يحوي الملف أي سجل</translation>
        </message>
        <message>
            <source>unknown metadata, ignored</source>
            <translation>بيانات وصفية غير معروفة، تم تجاهلها</translation>
        </message>
        <message numerus="yes">
            <source>%Ln cell(s) beyond the header, ignored</source>
            <translation>
                <numerusform>%Ln خلية بعد الترويسة، تم تجاهلها</numerusform>
                <numerusform>خلية واحدة بعد الترويسة، تم تجاهلها</numerusform>
                <numerusform>خليتان بعد الترويسة، تم تجاهلهما</numerusform>
                <numerusform>%Ln خلايا بعد الترويسة، تم تجاهلها</numerusform>
                <numerusform>%Ln خليةً بعد الترويسة، تم تجاهلها</numerusform>
                <numerusform>%Ln خلية بعد الترويسة، تم تجاهلها</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown kind {kind}; read as an event</source>
            <translation>نوع غير معروف {kind}؛ قُرئ حدثًا</translation>
        </message>
        <message>
            <source>unknown status {status}, ignored</source>
            <translation>حالة غير معروفة {status}، تم تجاهلها</translation>
        </message>
        <message>
            <source>no title</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>{value} is not a latitude in degrees; the place has no coordinates</source>
            <translation>{value} ليس خط عرض بالدرجات؛ المكان بلا إحداثيات</translation>
        </message>
        <message>
            <source>{value} is not a longitude in degrees; the place has no coordinates</source>
            <translation>{value} ليس خط طول بالدرجات؛ المكان بلا إحداثيات</translation>
        </message>
        <message>
            <source>lat and lon go together; coordinates left out</source>
            <translation>lat وlon متلازمان؛ أُهملت الإحداثيات</translation>
        </message>
        <message>
            <source>there is no year 0 (1 BC is -1)</source>
            <extracomment>Spreadsheet columns (normalised, see :func:`viewer.core.importers.csvfile.normalise`).</extracomment>
            <translation>لا توجد سنة 0 (سنة 1 ق.م هي -1)</translation>
        </message>
        <message>
            <source>{name}: expected a number, found {value}</source>
            <translation>{name}: المتوقع عدد، ووُجد {value}</translation>
        </message>
        <message>
            <source>{name} {value} is not a whole number</source>
            <translation>{name} {value} ليس عددًا صحيحًا</translation>
        </message>
        <message>
            <source>a month or day without a year</source>
            <translation>شهر أو يوم بلا سنة</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as empty</source>
            <translation>المتوقع نص أو عدد، ووُجد {kind}؛ قُرئ فارغًا</translation>
        </message>
        <message>
            <source>unknown field, ignored</source>
            <translation>حقل غير معروف، تم تجاهله</translation>
        </message>
        <message>
            <source>expected an object, found {kind}; ignored</source>
            <translation>المتوقع كائن، ووُجد {kind}؛ تم تجاهله</translation>
        </message>
        <message>
            <source>expected a date object, found {kind}</source>
            <translation>المتوقع كائن تاريخ، ووُجد {kind}</translation>
        </message>
        <message>
            <source>missing year</source>
            <translation>السنة مفقودة</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; an id is made from the headline</source>
            <translation>المتوقع نص أو عدد، ووُجد {kind}؛ يُنشأ معرّف من العنوان الرئيسي</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as an event without a group</source>
            <translation>المتوقع نص أو عدد، ووُجد {kind}؛ قُرئ حدثًا بلا مجموعة</translation>
        </message>
        <message>
            <source>expected an object, found {kind}</source>
            <translation>المتوقع كائن، ووُجد {kind}</translation>
        </message>
        <message>
            <source>{file}: TimelineJS JSON needs an 'events' list</source>
            <translation>{file}: يحتاج JSON الخاص بـ TimelineJS إلى قائمة «events»</translation>
        </message>
        <message>
            <source>not a list; ignored</source>
            <translation>ليس قائمة؛ تم تجاهله</translation>
        </message>
        <message>
            <source>expected a date text, found {kind}</source>
            <translation>المتوقع نص تاريخ، ووُجد {kind}</translation>
        </message>
        <message>
            <source>expected a text, found {kind}; read as an event without a tag</source>
            <translation>المتوقع نص، ووُجد {kind}؛ قُرئ حدثًا بلا وسم</translation>
        </message>
        <message>
            <source>{file}: TimelineJS 2 JSON needs a 'timeline.date' list, found {kind}</source>
            <translation>{file}: يحتاج JSON الخاص بـ TimelineJS 2 إلى قائمة «timeline.date»، ووُجد {kind}</translation>
        </message>
        <message>
            <source>a second title slide; read as an event</source>
            <translation>شريحة عنوان ثانية؛ قُرئت حدثًا</translation>
        </message>
        <message>
            <source>unknown type {type}; read as an event</source>
            <translation>نوع غير معروف {type}؛ قُرئ حدثًا</translation>
        </message>
        <message>
            <source>End Month or End Day without an End Year; ignored</source>
            <translation>End Month أو End Day بلا End Year؛ تم تجاهله</translation>
        </message>
        <message>
            <source>missing start date (Year)</source>
            <translation>تاريخ البداية مفقود (Year)</translation>
        </message>
        <message>
            <source>expected a date text or milliseconds, found {kind}</source>
            <extracomment>A date with a time of day (ISO 8601, as JavaScript and moment.js read it). A year, month or day with JavaScript's expanded year, a sign and six digits (``-000044-03-15``): what ``Date.prototype.toISOString`` writes for years before 0 or after 9999, without its time. The start of one (a date, then T or a space and a digit): what follows must be a time. The milliseconds this viewer places on a day: years -9999 to 9999 (EDTF gives a month and a day only to years of four digits).</extracomment>
            <translation>المتوقع نص تاريخ أو أجزاء من الألف من الثانية، ووُجد {kind}</translation>
        </message>
        <message>
            <source>{value} milliseconds</source>
            <translation>{value} ملّي ثانية</translation>
        </message>
        <message>
            <source>a number of {digits} digits as milliseconds</source>
            <translation>عدد من {digits} خانة بوصفه أجزاء من الألف من الثانية</translation>
        </message>
        <message>
            <source>{value}: the time {time} does not exist (hours 00-23, minutes and seconds 00-59)</source>
            <translation>{value}: الوقت {time} غير موجود (الساعات 00-23، والدقائق والثواني 00-59)</translation>
        </message>
        <message>
            <source>{value}: the time zone {zone} does not exist</source>
            <translation>{value}: المنطقة الزمنية {zone} غير موجودة</translation>
        </message>
        <message>
            <source>{value} is not a date and time (YYYY-MM-DDThh:mm, with :ss, .sss and Z or ±hh:mm if given)</source>
            <translation>{value} ليس تاريخًا ووقتًا (YYYY-MM-DDThh:mm، مع :ss و.sss وZ أو ±hh:mm إن وُجدت)</translation>
        </message>
        <message>
            <source>{file}: vis-timeline JSON needs an array of items</source>
            <translation>{file}: يحتاج JSON الخاص بـ vis-timeline إلى مصفوفة عناصر</translation>
        </message>
        <message>
            <source>unknown group {group}</source>
            <translation>مجموعة غير معروفة {group}</translation>
        </message>
        <message>
            <source>empty text</source>
            <translation>نصًا فارغًا</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; read as an item without a group</source>
            <translation>المتوقع نص أو عدد، ووُجد {kind}؛ قُرئ عنصرًا بلا مجموعة</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}; an id is made from the title</source>
            <translation>المتوقع نص أو عدد، ووُجد {kind}؛ يُنشأ معرّف من العنوان</translation>
        </message>
        <message>
            <source>{amount} is outside the dates this viewer places to the day: years -9999 to 9999 (10000 BC to AD 9999), {low} to {high} milliseconds since 1970; give a date text instead (Y-prefixed for longer years)</source>
            <translation>{amount} خارج التواريخ التي يضعها هذا العارض باليوم: السنوات من -9999 إلى 9999 (من 10000 ق.م إلى 9999 م)، ومن {low} إلى {high} ملّي ثانية منذ 1970؛ أعطِ نص تاريخ بدلًا من ذلك (مسبوقًا بـ Y للسنوات الأطول)</translation>
        </message>
        <message>
            <source>{amount} is outside the dates this viewer places to the day and beyond JavaScript's own (±8.64e15): years -9999 to 9999 (10000 BC to AD 9999), {low} to {high} milliseconds since 1970; give a date text instead (Y-prefixed for longer years)</source>
            <translation>{amount} خارج التواريخ التي يضعها هذا العارض باليوم وخارج نطاق JavaScript نفسه (±8.64e15): السنوات من -9999 إلى 9999 (من 10000 ق.م إلى 9999 م)، ومن {low} إلى {high} ملّي ثانية منذ 1970؛ أعطِ نص تاريخ بدلًا من ذلك (مسبوقًا بـ Y للسنوات الأطول)</translation>
        </message>
        <message>
            <source>unknown type {type}; read from start and end</source>
            <translation>نوع غير معروف {type}؛ قُرئ من البداية والنهاية</translation>
        </message>
        <message>
            <source>expected a type name, found {kind}; read from start and end</source>
            <translation>المتوقع اسم نوع، ووُجد {kind}؛ قُرئ من البداية والنهاية</translation>
        </message>
        <message>
            <source>a {type} has no end; ignored</source>
            <translation>العنصر من نوع {type} ليس له نهاية؛ تم تجاهلها</translation>
        </message>
        <message>
            <source>a {type} item needs an end</source>
            <translation>العنصر من نوع {type} يحتاج إلى نهاية</translation>
        </message>
        <message>
            <source>missing id</source>
            <translation>المعرّف مفقود</translation>
        </message>
        <message>
            <source>expected a text or a number, found {kind}</source>
            <translation>المتوقع نص أو عدد، ووُجد {kind}</translation>
        </message>
        <message>
            <source>duplicate group id</source>
            <translation>معرّف مجموعة مكرر</translation>
        </message>
        <message>
            <source>refers to unknown group {group}</source>
            <translation>يشير إلى مجموعة غير معروفة {group}</translation>
        </message>
        <message>
            <source>{reason}; ignored: running terms reach today</source>
            <extracomment>A file's "as of" day that is not a date, ignored; {reason} says what is wrong.</extracomment>
            <translation>{reason}؛ تم تجاهله: الولايات الجارية تمتد حتى اليوم</translation>
        </message>
        <message>
            <source>held a character that is not text (a lone UTF-16 surrogate or a control character), shown as {mark}</source>
            <extracomment>{mark}: the replacement character, �.</extracomment>
            <translation>احتوى على محرف ليس نصًا (نصف زوج UTF-16 منفرد أو محرف تحكم)، يظهر بالشكل {mark}</translation>
        </message>
        <message>
            <source>given {count} times ({values}); only the last is read</source>
            <extracomment>A key written more than once in one JSON object; {values}: each value given, in order.</extracomment>
            <translation>مُعطى {count} مرات ({values})؛ لا يُقرأ إلا الأخير</translation>
        </message>
        <message>
            <source>… and {count} more keys given more than once</source>
            <extracomment>{count}: keys given more than once beyond those listed one by one.</extracomment>
            <translation>… و{count} مفاتيح أخرى مُعطاة أكثر من مرة</translation>
        </message>
        <message>
            <source>{field} is given {count} times ({values}); only the last is read</source>
            <extracomment>After why a file is refused: {field}, a key written twice in one JSON object (its path), {values} each value given, in order.</extracomment>
            <translation>{field} مُعطى {count} مرات ({values})؛ لا يُقرأ إلا الأخير</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more record(s) with errors, left out without being listed (only the first {listed} records with errors are); {refused} of {total} records refused in all</source>
            <extracomment>{listed}: records whose errors are listed; {refused} of {total}: records refused, of the file's records.</extracomment>
            <translation>
                <numerusform>… و%Ln سجل آخر فيه أخطاء، استُبعد دون أن يُدرج (لا يُدرج إلا أول {listed} من السجلات ذات الأخطاء)؛ رُفض {refused} من أصل {total} من السجلات في المجموع</numerusform>
                <numerusform>… وسجل آخر فيه أخطاء، استُبعد دون أن يُدرج (لا يُدرج إلا أول {listed} من السجلات ذات الأخطاء)؛ رُفض {refused} من أصل {total} من السجلات في المجموع</numerusform>
                <numerusform>… وسجلان آخران فيهما أخطاء، استُبعدا دون أن يُدرجا (لا يُدرج إلا أول {listed} من السجلات ذات الأخطاء)؛ رُفض {refused} من أصل {total} من السجلات في المجموع</numerusform>
                <numerusform>… و%Ln سجلات أخرى فيها أخطاء، استُبعدت دون أن تُدرج (لا يُدرج إلا أول {listed} من السجلات ذات الأخطاء)؛ رُفض {refused} من أصل {total} من السجلات في المجموع</numerusform>
                <numerusform>… و%Ln سجلًا آخر فيه أخطاء، استُبعدت دون أن تُدرج (لا يُدرج إلا أول {listed} من السجلات ذات الأخطاء)؛ رُفض {refused} من أصل {total} من السجلات في المجموع</numerusform>
                <numerusform>… و%Ln سجل آخر فيه أخطاء، استُبعدت دون أن تُدرج (لا يُدرج إلا أول {listed} من السجلات ذات الأخطاء)؛ رُفض {refused} من أصل {total} من السجلات في المجموع</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoadReport</name>
        <message>
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>error</source>
            <extracomment>The words of the severities (the problems' values stay as the core writes them).</extracomment>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>تحذير</translation>
        </message>
        <message>
            <source>note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Load problems</source>
            <translation>مشكلات التحميل</translation>
        </message>
        <message>
            <source>No file loaded.</source>
            <translation>لم يُحمَّل أي ملف.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) loaded</source>
            <translation>
                <numerusform>لم يُحمَّل أي سجل</numerusform>
                <numerusform>حُمِّل سجل واحد</numerusform>
                <numerusform>حُمِّل سجلان</numerusform>
                <numerusform>حُمِّلت %Ln سجلات</numerusform>
                <numerusform>حُمِّل %Ln سجلًا</numerusform>
                <numerusform>حُمِّل %Ln سجل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>لا أخطاء</numerusform>
                <numerusform>خطأ واحد</numerusform>
                <numerusform>خطآن</numerusform>
                <numerusform>%Ln أخطاء</numerusform>
                <numerusform>%Ln خطأً</numerusform>
                <numerusform>%Ln خطأ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s)</source>
            <translation>
                <numerusform>لا تحذيرات</numerusform>
                <numerusform>تحذير واحد</numerusform>
                <numerusform>تحذيران</numerusform>
                <numerusform>%Ln تحذيرات</numerusform>
                <numerusform>%Ln تحذيرًا</numerusform>
                <numerusform>%Ln تحذير</numerusform>
            </translation>
        </message>
        <message>
            <source>No valid record: nothing to show.</source>
            <translation>لا سجل صالحًا: لا شيء للعرض.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>لم يُعثر على أي مشكلة.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) without a source (listed as notes).</source>
            <translation>
                <numerusform>لا سجلات بلا مصدر.</numerusform>
                <numerusform>سجل واحد بلا مصدر (مدرج كملاحظة).</numerusform>
                <numerusform>سجلان بلا مصدر (مدرجان كملاحظتين).</numerusform>
                <numerusform>%Ln سجلات بلا مصدر (مدرجة كملاحظات).</numerusform>
                <numerusform>%Ln سجلًا بلا مصدر (مدرجة كملاحظات).</numerusform>
                <numerusform>%Ln سجل بلا مصدر (مدرجة كملاحظات).</numerusform>
            </translation>
        </message>
        <message>
            <source>no source given in the file</source>
            <translation>لم يذكر الملف أي مصدر</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more record(s) without a source (View › Table, Sources column: 0)</source>
            <translation>
                <numerusform>… و%Ln سجل آخر بلا مصدر (عرض › الجدول، عمود المصادر: 0)</numerusform>
                <numerusform>… وسجل آخر بلا مصدر (عرض › الجدول، عمود المصادر: 0)</numerusform>
                <numerusform>… وسجلان آخران بلا مصدر (عرض › الجدول، عمود المصادر: 0)</numerusform>
                <numerusform>… و%Ln سجلات أخرى بلا مصدر (عرض › الجدول، عمود المصادر: 0)</numerusform>
                <numerusform>… و%Ln سجلًا آخر بلا مصدر (عرض › الجدول، عمود المصادر: 0)</numerusform>
                <numerusform>… و%Ln سجل آخر بلا مصدر (عرض › الجدول، عمود المصادر: 0)</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the file.</source>
            <translation>تعذّر فتح الملف.</translation>
        </message>
    </context>
    <context>
        <name>Map</name>
        <message numerus="yes">
            <source>%Ln record(s) with an unknown place</source>
            <translation>
                <numerusform>لا سجلات مكانها غير معروف</numerusform>
                <numerusform>سجل واحد مكانه غير معروف</numerusform>
                <numerusform>سجلان مكانهما غير معروف</numerusform>
                <numerusform>%Ln سجلات مكانها غير معروف</numerusform>
                <numerusform>%Ln سجلًا مكانه غير معروف</numerusform>
                <numerusform>%Ln سجل مكانه غير معروف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln whose place has no shape or coordinates here ({places})</source>
            <translation>
                <numerusform>لا سجلات ليس لمكانها شكل ولا إحداثيات هنا ({places})</numerusform>
                <numerusform>سجل واحد ليس لمكانه شكل ولا إحداثيات هنا ({places})</numerusform>
                <numerusform>سجلان ليس لمكانيهما شكل ولا إحداثيات هنا ({places})</numerusform>
                <numerusform>%Ln سجلات ليس لأماكنها شكل ولا إحداثيات هنا ({places})</numerusform>
                <numerusform>%Ln سجلًا ليس لأماكنها شكل ولا إحداثيات هنا ({places})</numerusform>
                <numerusform>%Ln سجل ليس لأماكنها شكل ولا إحداثيات هنا ({places})</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the parts of the note on what is not on the map</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <source>Not on the map: {what}</source>
            <translation>ليست على الخريطة: {what}</translation>
        </message>
        <message>
            <source>No period: no date, or a date no single period holds</source>
            <translation>بلا حقبة: بلا تاريخ، أو تاريخ لا تحويه حقبة واحدة كاملًا</translation>
        </message>
        <message>
            <source>Placed at its country: no city located</source>
            <translation>موضوع في بلده: لم تُحدَّد مدينة</translation>
        </message>
        <message>
            <source>City located by its name (GeoNames)</source>
            <translation>مدينة حُدِّد موقعها من اسمها (GeoNames)</translation>
        </message>
        <message>
            <source>No record of this file has a place to put on the map</source>
            <translation>لا يوجد في هذا الملف سجل له مكان يمكن وضعه على الخريطة</translation>
        </message>
        <message>
            <source>Placing the records on the map…</source>
            <translation>جارٍ وضع السجلات على الخريطة…</translation>
        </message>
        <message>
            <source>No file open</source>
            <translation>لا يوجد ملف مفتوح</translation>
        </message>
        <message>
            <source>{place} (placed at its country: no city located)</source>
            <translation>{place} (موضوع في بلده: لم تُحدَّد مدينة)</translation>
        </message>
        <message>
            <source>{place} (located by its name in GeoNames; the file gives no coordinates)</source>
            <translation>{place} (حُدِّد موقعه من اسمه في GeoNames؛ لا يذكر الملف إحداثيات)</translation>
        </message>
        <message>
            <source>Click again for the next; right-click for all</source>
            <translation>انقر مجددًا للانتقال إلى التالي؛ انقر بالزر الأيمن لعرض الكل</translation>
        </message>
        <message>
            <source>Only the timeline's visible range</source>
            <translation>الفترة المرئية من الخط الزمني فقط</translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of the %Ln record(s) placed on the map</source>
            <translation>
                <numerusform>يُعرض {shown} من أصل %Ln سجل موضوع على الخريطة</numerusform>
                <numerusform>يُعرض {shown} من أصل سجل واحد موضوع على الخريطة</numerusform>
                <numerusform>يُعرض {shown} من أصل سجلين موضوعين على الخريطة</numerusform>
                <numerusform>يُعرض {shown} من أصل %Ln سجلات موضوعة على الخريطة</numerusform>
                <numerusform>يُعرض {shown} من أصل %Ln سجلًا موضوعًا على الخريطة</numerusform>
                <numerusform>يُعرض {shown} من أصل %Ln سجل موضوع على الخريطة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu titles and the window's submenus, for lupdate (they are shown through translate()).</extracomment>
            <translation>ملف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>تحرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>الملفات الأخيرة</translation>
        </message>
        <message>
            <source>&amp;Lanes</source>
            <translation>المسارات</translation>
        </message>
        <message>
            <source>&amp;Show Items</source>
            <translation>إظهار العناصر</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <extracomment>The menus: a command's name, "-" for a separator, or "@name" for a submenu that the window fills (recent files, lanes, statuses, themes) or a dock's show/hide action. Lanes listed in View › Lanes: a menu of thousands of entries cannot be used (and takes seconds to build); the others stay shown.</extracomment>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <extracomment>View › Theme's entries (the theme names are the settings' values).</extracomment>
            <translation>النظام</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>داكن</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more (not listed)</source>
            <translation>
                <numerusform>… و%Ln أخرى (غير مدرجة)</numerusform>
                <numerusform>… وواحد آخر (غير مدرج)</numerusform>
                <numerusform>… واثنان آخران (غير مدرجين)</numerusform>
                <numerusform>… و%Ln أخرى (غير مدرجة)</numerusform>
                <numerusform>… و%Ln أخرى (غير مدرجة)</numerusform>
                <numerusform>… و%Ln أخرى (غير مدرجة)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Timeline Viewer</source>
            <translation>Timeline Viewer</translation>
        </message>
        <message>
            <source>{severity}: {problem}</source>
            <extracomment>{severity}: error or warning; {problem}: where it is and why.</extracomment>
            <translation>{severity}: {problem}</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>{file} (not opened)</source>
            <translation>{file} (لم يُفتح)</translation>
        </message>
        <message>
            <source>The last good data of {file}, read at {time}, is still shown. It is read again when the file changes (or with File › Reload).</source>
            <translation>ما زالت آخر بيانات سليمة من {file}، المقروءة في {time}، معروضة. يُعاد قراءته عند تغيّر الملف (أو عبر ملف › إعادة التحميل).</translation>
        </message>
        <message>
            <source>Could not reload the file</source>
            <translation>تعذّرت إعادة تحميل الملف</translation>
        </message>
        <message>
            <source>{file} changed but could not be read; the last good data is still shown</source>
            <translation>تغيّر {file} لكن تعذّرت قراءته؛ ما زالت آخر بيانات سليمة معروضة</translation>
        </message>
        <message>
            <source>{file} is still shown.</source>
            <translation>ما زال {file} معروضًا.</translation>
        </message>
        <message>
            <source>No data is shown. Use File › Open… or File › Open Bundled Record.</source>
            <translation>لا تُعرض أي بيانات. استخدم ملف › فتح… أو ملف › فتح السجل المرفق.</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>تعذّر فتح الملف</translation>
        </message>
        <message>
            <source>Nothing to draw: the file holds no valid record. The Load Report says why.</source>
            <translation>لا شيء للرسم: لا يحتوي الملف على أي سجل صالح. يوضح تقرير التحميل السبب.</translation>
        </message>
        <message>
            <source>Nothing to draw with the lanes and items shown: show them again in View › Lanes and View › Show Items.</source>
            <translation>لا شيء للرسم بالمسارات والعناصر المعروضة: أظهرها مجددًا من عرض › المسارات و عرض › إظهار العناصر.</translation>
        </message>
        <message>
            <source>Nothing to draw: no record has both a lane and a known date. View › Table lists every record.</source>
            <translation>لا شيء للرسم: لا يوجد سجل له مسار وتاريخ معروف معًا. عرض › الجدول يسرد كل السجلات.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln valid record(s)</source>
            <translation>
                <numerusform>لا سجلات صالحة</numerusform>
                <numerusform>سجل صالح واحد</numerusform>
                <numerusform>سجلان صالحان</numerusform>
                <numerusform>%Ln سجلات صالحة</numerusform>
                <numerusform>%Ln سجلًا صالحًا</numerusform>
                <numerusform>%Ln سجل صالح</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>لا أخطاء</numerusform>
                <numerusform>خطأ واحد</numerusform>
                <numerusform>خطآن</numerusform>
                <numerusform>%Ln أخطاء</numerusform>
                <numerusform>%Ln خطأً</numerusform>
                <numerusform>%Ln خطأ</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: nothing to draw: no record has a lane and a known date ({counts}; 'validate' lists them)</source>
            <translation>{file}: لا شيء للرسم: لا يوجد سجل له مسار وتاريخ معروف ({counts}؛ يسردها الأمر «validate»)</translation>
        </message>
    </context>
    <context>
        <name>Open</name>
        <message>
            <source>Timeline files (*.json *.csv *.tsv *.txt *.parquet *.arrow *.arrows *.feather *.ipc);;JSON (*.json);;CSV (*.csv *.tsv *.txt);;Parquet / Arrow (*.parquet *.arrow *.arrows *.feather *.ipc);;All files (*)</source>
            <translation>ملفات الخط الزمني (*.json *.csv *.tsv *.txt *.parquet *.arrow *.arrows *.feather *.ipc);;JSON (*.json);;CSV (*.csv *.tsv *.txt);;Parquet / Arrow (*.parquet *.arrow *.arrows *.feather *.ipc);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Open timeline</source>
            <translation>فتح خط زمني</translation>
        </message>
        <message>
            <source>Open a folder of Parquet files</source>
            <translation>فتح مجلد من ملفات Parquet</translation>
        </message>
        <message>
            <source>Loading {file}…</source>
            <translation>جارٍ تحميل {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>جارٍ التحميل</translation>
        </message>
        <message numerus="yes">
            <source>{file}: no valid record any more (%Ln error(s); the first: {first})</source>
            <translation>
                <numerusform>{file}: لم يعد فيه أي سجل صالح (لا أخطاء؛ أولها: {first})</numerusform>
                <numerusform>{file}: لم يعد فيه أي سجل صالح (خطأ واحد: {first})</numerusform>
                <numerusform>{file}: لم يعد فيه أي سجل صالح (خطآن؛ أولهما: {first})</numerusform>
                <numerusform>{file}: لم يعد فيه أي سجل صالح (%Ln أخطاء؛ أولها: {first})</numerusform>
                <numerusform>{file}: لم يعد فيه أي سجل صالح (%Ln خطأً؛ أولها: {first})</numerusform>
                <numerusform>{file}: لم يعد فيه أي سجل صالح (%Ln خطأ؛ أولها: {first})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Placing the %Ln record(s) of {file} in lanes…</source>
            <translation>
                <numerusform>جارٍ وضع %Ln سجل من {file} في المسارات…</numerusform>
                <numerusform>جارٍ وضع سجل واحد من {file} في المسارات…</numerusform>
                <numerusform>جارٍ وضع سجلين من {file} في المسارات…</numerusform>
                <numerusform>جارٍ وضع %Ln سجلات من {file} في المسارات…</numerusform>
                <numerusform>جارٍ وضع %Ln سجلًا من {file} في المسارات…</numerusform>
                <numerusform>جارٍ وضع %Ln سجل من {file} في المسارات…</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading {file} cancelled</source>
            <translation>أُلغي تحميل {file}</translation>
        </message>
        <message>
            <source>{file} is no longer there; the last good data is still shown</source>
            <translation>لم يعد {file} موجودًا؛ ما زالت آخر بيانات سليمة معروضة</translation>
        </message>
    </context>
    <context>
        <name>Ordinals</name>
        <message>
            <source>{n}st</source>
            <comment>the ordinal of 1 (a session)</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>ordinal ending in 1, not 1 or 11 (a session)</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>ordinal (a session)</comment>
            <translation>{n}</translation>
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>{country} (city unknown)</source>
            <extracomment>A place whose country alone is known: {country}, its name.</extracomment>
            <translation>{country} (المدينة غير معروفة)</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Search titles, places, people…</source>
            <translation>ابحث في العناوين والأماكن والأشخاص…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Search matches</source>
            <translation>نتائج البحث</translation>
        </message>
        <message numerus="yes">
            <source>%Ln match(es), not drawn</source>
            <translation>
                <numerusform>لا نتائج</numerusform>
                <numerusform>نتيجة واحدة غير مرسومة</numerusform>
                <numerusform>نتيجتان غير مرسومتين</numerusform>
                <numerusform>%Ln نتائج غير مرسومة</numerusform>
                <numerusform>%Ln نتيجةً غير مرسومة</numerusform>
                <numerusform>%Ln نتيجة غير مرسومة</numerusform>
            </translation>
        </message>
        <message>
            <source>no match</source>
            <translation>لا نتائج</translation>
        </message>
        <message numerus="yes">
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>لا نتائج</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%Ln نتائج</numerusform>
                <numerusform>%Ln نتيجةً</numerusform>
                <numerusform>%Ln نتيجة</numerusform>
            </translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} من {total}</translation>
        </message>
        <message numerus="yes">
            <source>(+%Ln not drawn)</source>
            <translation>
                <numerusform>(+%Ln غير مرسومة)</numerusform>
                <numerusform>(+%Ln غير مرسومة)</numerusform>
                <numerusform>(+%Ln غير مرسومتين)</numerusform>
                <numerusform>(+%Ln غير مرسومة)</numerusform>
                <numerusform>(+%Ln غير مرسومة)</numerusform>
                <numerusform>(+%Ln غير مرسومة)</numerusform>
            </translation>
        </message>
        <message>
            <source>Matches without a date or a lane, or in a hidden lane, are not drawn on the chart; View › Table lists every record.</source>
            <translation>النتائج التي بلا تاريخ أو مسار، أو في مسار مخفي، لا تُرسم على المخطط؛ يعرض عرض › الجدول كل السجلات.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Load problems: show the load report</source>
            <translation>مشكلات التحميل: إظهار تقرير التحميل</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s) (records left out)</source>
            <translation>
                <numerusform>لا أخطاء</numerusform>
                <numerusform>خطأ واحد (سجلات مستبعدة)</numerusform>
                <numerusform>خطآن (سجلات مستبعدة)</numerusform>
                <numerusform>%Ln أخطاء (سجلات مستبعدة)</numerusform>
                <numerusform>%Ln خطأً (سجلات مستبعدة)</numerusform>
                <numerusform>%Ln خطأ (سجلات مستبعدة)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>لا أخطاء</numerusform>
                <numerusform>خطأ واحد</numerusform>
                <numerusform>خطآن</numerusform>
                <numerusform>%Ln أخطاء</numerusform>
                <numerusform>%Ln خطأً</numerusform>
                <numerusform>%Ln خطأ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s)</source>
            <translation>
                <numerusform>لا تحذيرات</numerusform>
                <numerusform>تحذير واحد</numerusform>
                <numerusform>تحذيران</numerusform>
                <numerusform>%Ln تحذيرات</numerusform>
                <numerusform>%Ln تحذيرًا</numerusform>
                <numerusform>%Ln تحذير</numerusform>
            </translation>
        </message>
        <message>
            <source>Load report: {problems}</source>
            <translation>تقرير التحميل: {problems}</translation>
        </message>
        <message numerus="yes">
            <source>{drawn} of %Ln record(s) drawn</source>
            <translation>
                <numerusform>رُسم {drawn} من أصل %Ln سجل</numerusform>
                <numerusform>رُسم {drawn} من أصل سجل واحد</numerusform>
                <numerusform>رُسم {drawn} من أصل سجلين</numerusform>
                <numerusform>رُسم {drawn} من أصل %Ln سجلات</numerusform>
                <numerusform>رُسم {drawn} من أصل %Ln سجلًا</numerusform>
                <numerusform>رُسم {drawn} من أصل %Ln سجل</numerusform>
            </translation>
        </message>
        <message>
            <source>{missing} not on the timeline: {undated} without a date, {without_lane} without a lane (see View › Table)</source>
            <translation>{missing} خارج الخط الزمني: {undated} بلا تاريخ، و{without_lane} بلا مسار (انظر عرض › الجدول)</translation>
        </message>
        <message>
            <source>{hidden} hidden (View › Lanes, View › Show Items)</source>
            <translation>{hidden} مخفية (عرض › المسارات، عرض › إظهار العناصر)</translation>
        </message>
        <message>
            <source>Showing {range}</source>
            <translation>المعروض: {range}</translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>End</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>present</source>
            <translation>الآن</translation>
        </message>
        <message>
            <source>Records table</source>
            <translation>جدول السجلات</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>المسارات</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>About Timeline Viewer</source>
            <translation>حول Timeline Viewer</translation>
        </message>
        <message>
            <source>--range {asked}: the window shows {shown}, near the data; export draws any range</source>
            <translation>--range {asked}: تعرض النافذة {shown} قرب البيانات؛ والتصدير يرسم أي مدى</translation>
        </message>
        <message>
            <source>--select {id} is outside --range {asked}: the window shows {shown}, around it</source>
            <translation>--select {id} خارج --range {asked}: تعرض النافذة {shown} حوله</translation>
        </message>
        <message>
            <source>--select: no record with id {id}</source>
            <translation>‎--select: لا يوجد سجل بالمعرّف {id}</translation>
        </message>
        <message>
            <source>Citation copied</source>
            <translation>نُسخ الاستشهاد</translation>
        </message>
        <message>
            <source>Reset settings</source>
            <translation>إعادة ضبط الإعدادات</translation>
        </message>
        <message>
            <source>Forget the window layout, theme, last file, view and export choices? The defaults apply now and at the next start.</source>
            <translation>هل تريد نسيان تخطيط النافذة والسمة وآخر ملف والعرض وخيارات التصدير؟ تُطبَّق الإعدادات الافتراضية الآن وعند التشغيل التالي.</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>Spring</source>
            <extracomment>Text longer than this is not a date; it is not handed to the ``edtf`` package either. Declared orders of day and month for slash dates (``03/04/1923``).</extracomment>
            <translation>ربيع</translation>
        </message>
        <message>
            <source>Summer</source>
            <translation>صيف</translation>
        </message>
        <message>
            <source>Autumn</source>
            <translation>خريف</translation>
        </message>
        <message>
            <source>Winter</source>
            <translation>شتاء</translation>
        </message>
        <message>
            <source>{year} BC</source>
            <translation>{year} ق.م</translation>
        </message>
        <message>
            <source>{season} {year}</source>
            <extracomment>Centre of the covered interval, in days since 1970-01-01: every date is drawn at the centre of its precision interval (a day at noon, a year around 2 July). Spans run centre to centre, so a term ending the day (or year) the next one starts touches it without overlapping. An attribute, not a property: layout reads it for every record.</extracomment>
            <translation>{season} {year}</translation>
        </message>
        <message>
            <source>{year}s</source>
            <comment>a decade</comment>
            <translation>عقد {year}</translation>
        </message>
        <message>
            <source>c. {date}</source>
            <comment>approximate</comment>
            <translation>نحو {date}</translation>
        </message>
        <message>
            <source>{date}?</source>
            <comment>uncertain</comment>
            <translation>{date}؟</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>تاريخ غير معروف</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>a date</comment>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>{start} – present</source>
            <translation>{start} – الآن</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>a place</comment>
            <translation>غير معروف</translation>
        </message>
    </context>
</TS>
