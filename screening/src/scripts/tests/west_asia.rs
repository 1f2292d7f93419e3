//! Arabic, Persian, Hebrew, Armenian, Georgian, Cyrillic and Greek names with the spellings
//! their passports carry.

use super::{first_readings, some_readings, texts};
use crate::scripts::latin_readings;

#[test]
fn arabic_names() {
    first_readings(&[
        ("محمد", "MHMD"),
        ("علي", "ALY"),
        ("حسين", "HSYN"),
        ("أحمد", "AHMD"),
        ("عمر", "AMR"),
        ("خالد", "KHALD"),
        ("يوسف", "YWSF"),
        ("إبراهيم", "IBRAHYM"),
        ("فاطمة", "FATMA"),
        ("عائشة", "AAISHA"),
        ("مصطفى", "MSTFA"),
        ("عبدالله", "ABDALLH"),
        ("عبد الله", "ABDALLH"),
        ("الرشيد", "ALRSHYD"),
        ("صدام حسين", "SDAM HSYN"),
        ("أسامة بن لادن", "ASAMA BN LADN"),
        ("ابو بكر البغدادي", "ABW BKR ALBGHDADY"),
        ("سعيد", "SYD"),
        ("قاسم", "QASM"),
        ("ذو الفقار", "DHW ALFQAR"),
    ]);
    some_readings(&[
        ("علي", "ALI"),
        ("حسين", "HSIN"),
        ("يوسف", "YUSF"),
        ("فاطمة", "FATMAH"),
        ("الرشيد", "AL RSHYD"),
        ("الرشيد", "ARRSHYD"),
        ("الشريف", "ASHSHRYF"),
        ("عبد الله", "ABD ALLH"),
        ("محمود", "MHMUD"),
    ]);
    assert!(latin_readings("محمد").iter().all(|r| r.consonantal));
}

#[test]
fn persian_names() {
    first_readings(&[
        ("محمدرضا پهلوی", "MHMDRZA PHLVY"),
        ("علی", "ALY"),
        ("حسینی", "HSYNY"),
        ("پژمان", "PZHMAN"),
        ("چنگیز", "CHNGYZ"),
        ("قاسمی", "GHASMY"),
        ("حسن‌زاده", "HSNZADH"),
        ("کریمی", "KRYMY"),
        ("مهدی", "MHDY"),
        ("رضایی", "RZAYY"),
        ("نوید", "NVYD"),
        ("پروین", "PRVYN"),
        ("ژیلا", "ZHYLA"),
        ("کوروش", "KVRVSH"),
        ("شیرین", "SHYRYN"),
        ("بابک", "BABK"),
        ("گلشیفته فراهانی", "GLSHYFTH FRAHANY"),
    ]);
    some_readings(&[
        ("علی", "ALI"),
        ("مهدی", "MHDI"),
        ("حسن‌زاده", "HSNZADEH"),
        ("کوروش", "KURUSH"),
        ("گلشیفته فراهانی", "GLSHIFTEH FRAHANI"),
    ]);
}

#[test]
fn hebrew_names() {
    first_readings(&[
        ("דוד", "DVD"),
        ("משה", "MSHH"),
        ("אברהם", "AVRHM"),
        ("יצחק", "YTSHK"),
        ("יעקב", "YKV"),
        ("שרה", "SHRH"),
        ("רחל", "RHL"),
        ("לאה", "LAH"),
        ("כהן", "KHN"),
        ("לוי", "LVY"),
        ("מזרחי", "MZRHY"),
        ("פרץ", "PRTS"),
        ("ביטון", "BYTVN"),
        ("אברמוביץ", "AVRMVVYTS"),
        ("שמעון פרס", "SHMVN PRS"),
        ("בנימין נתניהו", "BNYMYN NTNYHV"),
        ("ג׳ורג׳", "JVRJ"),
        ("עמר", "AMR"),
    ]);
    some_readings(&[
        ("יוסף", "YOSF"),
        ("דניאל", "DNIAL"),
        ("חיים", "CHYM"),
        ("יצחק", "YTZCHK"),
    ]);
}

#[test]
fn armenian_names() {
    first_readings(&[
        ("Պետրոսյան", "PETROSYAN"),
        ("Հովհաննիսյան", "HOVHANNISYAN"),
        ("Գրիգորյան", "GRIGORYAN"),
        ("Սարգսյան", "SARGSYAN"),
        ("Երևան", "YEREVAN"),
        ("Արամ", "ARAM"),
        ("Աշոտ", "ASHOT"),
        ("Վարդան", "VARDAN"),
        ("Նարեկ", "NAREK"),
        ("Անի", "ANI"),
        ("Մարիամ", "MARIAM"),
        ("Ոսկան", "VOSKAN"),
        ("Եղիշե", "YEGHISHE"),
        ("Խաչատրյան", "KHACHATRYAN"),
        ("Ղազարյան", "GHAZARYAN"),
        ("Ջիվան", "JIVAN"),
        ("Ծատուրյան", "TSATURYAN"),
        ("Ռուբեն", "RUBEN"),
        ("ՅՈՒՐԻ", "YURI"),
        ("Ժիրայր", "ZHIRAYR"),
    ]);
    some_readings(&[("Պետրոսյան", "PETROSIAN"), ("Ռուբեն", "ROUBEN")]);
}

#[test]
fn georgian_names() {
    first_readings(&[
        ("გიორგი", "GIORGI"),
        ("ნინო", "NINO"),
        ("დავით", "DAVIT"),
        ("თამარ", "TAMAR"),
        ("ლევან", "LEVAN"),
        ("ირაკლი", "IRAKLI"),
        ("მიხეილ სააკაშვილი", "MIKHEIL SAAKASHVILI"),
        ("ბერიძე", "BERIDZE"),
        ("კაპანაძე", "KAPANADZE"),
        ("ჭავჭავაძე", "CHAVCHAVADZE"),
        ("ყიფიანი", "QIPIANI"),
        ("წერეთელი", "TSERETELI"),
        ("ღვინიაშვილი", "GHVINIASHVILI"),
        ("ჟვანია", "ZHVANIA"),
        ("ჯაფარიძე", "JAPARIDZE"),
        ("ქეთევან", "KETEVAN"),
        ("შოთა", "SHOTA"),
        ("ᲒᲘᲝᲠᲒᲘ", "GIORGI"),
    ]);
    some_readings(&[("ყიფიანი", "KIPIANI")]);
}

#[test]
fn cyrillic_names() {
    first_readings(&[
        ("Юлия", "IULIIA"),
        ("Андрей", "ANDREI"),
        ("Хрущёв", "KHRUSHCHEV"),
        ("Щербаков", "SHCHERBAKOV"),
        ("Иванов", "IVANOV"),
        ("Ольга", "OLGA"),
        ("Цветкова", "TSVETKOVA"),
        ("Григорій", "GRIGORII"),
        ("Олександр Зінченко", "OLEKSANDR ZINCHENKO"),
    ]);
    some_readings(&[
        ("Юлия", "YULIYA"),
        ("Андрей", "ANDREY"),
        ("Дмитрий", "DMITRIY"),
        ("Дмитрий", "DMITRY"),
        ("Евгений", "YEVGENY"),
        ("Фёдор", "FYODOR"),
        ("Пётр", "PETR"),
        ("Григорій", "HRYHORII"),
        ("Юлія Тимошенко", "YULIIA TYMOSHENKO"),
        ("Згурський", "ZGHURSKYI"),
        ("Наталья", "NATALYA"),
        ("Ксения", "KSENIYA"),
        ("Сергей", "SERGEY"),
        ("Алексей", "ALEKSEY"),
        ("Ёлкин", "YOLKIN"),
    ]);
}

#[test]
fn ukrainian_reading_comes_second_for_ukrainian_letters() {
    assert_eq!(texts("Григорій")[1], "HRYHORII");
}

#[test]
fn greek_names() {
    first_readings(&[
        ("Γεώργιος", "GEORGIOS"),
        ("Παπαδόπουλος", "PAPADOPOULOS"),
        ("Νίκος", "NIKOS"),
        ("Μαρία", "MARIA"),
        ("Δημήτρης", "DIMITRIS"),
    ]);
    some_readings(&[
        ("Ευάγγελος", "EVANGELOS"),
        ("Ευστάθιος", "EFSTATHIOS"),
        ("Μπακογιάννης", "BAKOGIANNIS"),
        ("Ντόρα", "DORA"),
        ("Χρήστος", "HRISTOS"),
        ("Χρήστος", "KHRISTOS"),
        ("Χρήστος", "CHRISTOS"),
        ("Αλέξης Τσίπρας", "ALEXIS TSIPRAS"),
        ("Γκίκας", "GIKAS"),
        ("Αγγελική", "ANGELIKI"),
        ("Κυριάκος", "KIRIAKOS"),
    ]);
}
