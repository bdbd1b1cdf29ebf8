<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>E-Service - เทศบาลตำบลทุ่งขวาง</title><link rel="stylesheet" href="css/main.css"></head>
<body><div class="hd"><div class="logo"><img src="images/logo.png"></div><div class="agency">เทศบาลตำบลทุ่งขวาง<br><small>อำเภอโชคชัย จังหวัดนครราชสีมา</small></div>
<div class="hd-social"><a href="https://www.facebook.com/thungkhwang.official"><img src="images/icon-fb.png"></a></div></div>
<div class="bar"><a href="index.php">หน้าหลัก</a> <a href="executive.php">ผู้บริหาร</a> <a href="news.php">ข่าวสาร</a>
<a href="gallery.php">ภาพกิจกรรม</a> <a href="webboard.php">ถาม-ตอบ</a> <a href="contact.php">ติดต่อ</a></div>
<div class="wrap"><div class="side"><a href="oit.php"><img src="images/oit-banner.png"></a><br>
<img src="images/qr-eit.png"><p>QR code แบบวัด EIT ปี ๒๕๖๖</p></div>
<div class="body"><h3>E-Service บริการออนไลน์</h3><p>ยื่นคำร้องขอรับบริการออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน: ขอรับน้ำอุปโภคบริโภค ขอความช่วยเหลือ ขอใช้สถานที่</p><form method="post" action="eservice.php"><p>ชื่อ-สกุล <input name="name"></p><p>เรื่องที่ขอรับบริการ <select name="type"><option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอใช้สถานที่</option></select></p><p>รายละเอียด <textarea name="detail"></textarea></p><p>เบอร์โทร <input name="tel"></p><input type="submit" value="ส่งคำร้อง"></form></div></div>
<div class="ft"><p>เทศบาลตำบลทุ่งขวาง เลขที่ ๑๒๙ หมู่ที่ ๕ ตำบลทุ่งขวาง อำเภอโชคชัย จังหวัดนครราชสีมา ๓๐๑๙๐</p><p>โทรศัพท์ ๐๔๔-๔๙๑-๗๗๗ โทรสาร ๐๔๔-๔๙๑-๗๗๘ อีเมล: saraban@thungkhwang.go.th</p><p>ปรับปรุงล่าสุด ๑๕ มีนาคม ๒๕๖๖</p></div></body></html>