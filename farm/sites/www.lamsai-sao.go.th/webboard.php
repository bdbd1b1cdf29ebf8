<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>กระดานถาม-ตอบ - องค์การบริหารส่วนตำบลลำไทร</title><link rel="stylesheet" href="css/main.css"></head>
<body><div class="hd"><div class="logo"><img src="images/logo.png"></div><div class="agency">องค์การบริหารส่วนตำบลลำไทร<br><small>อำเภอวังน้อย จังหวัดพระนครศรีอยุธยา</small></div>
<div class="hd-social"><a href="https://www.facebook.com/lamsai.official"><img src="images/icon-fb.png"></a></div></div>
<div class="bar"><a href="index.php">หน้าหลัก</a> <a href="executive.php">ผู้บริหาร</a> <a href="news.php">ข่าวสาร</a>
<a href="gallery.php">ภาพกิจกรรม</a> <a href="webboard.php">ถาม-ตอบ</a> <a href="contact.php">ติดต่อ</a></div>
<div class="wrap"><div class="side"><a href="oit.php"><img src="images/oit-banner.png"></a><br>
<img src="images/qr-eit.png"><p>QR code แบบวัด EIT ปี ๒๕๖๖</p></div>
<div class="body"><h3>กระดานถาม-ตอบ (Q&amp;A)</h3><table><tr><td>สอบถามขั้นตอนการขอรับเบี้ยยังชีพผู้สูงอายุ</td><td>ตอบโดย admin ๑๒ ม.ค. ๒๕๖๖</td></tr><tr><td>ถนนหมู่ ๕ ชำรุด จะซ่อมเมื่อไร</td><td>ตอบโดย กองช่าง ๒ ก.พ. ๒๕๖๖</td></tr></table><form method="post" action="webboard.php"><p>หัวข้อคำถาม <input name="topic"></p><p>รายละเอียด <textarea name="detail"></textarea></p><p>ชื่อผู้ถาม <input name="name"></p><input type="submit" value="ตั้งกระทู้"></form></div></div>
<div class="ft"><p>องค์การบริหารส่วนตำบลลำไทร หมู่ที่ ๓ ตำบลลำไทร อำเภอวังน้อย จังหวัดพระนครศรีอยุธยา ๑๓๑๗๐</p><p>โทรศัพท์ ๐๓๕-๒๗๑-๔๐๑ โทรสาร ๐๓๕-๒๗๑-๔๐๒ อีเมล: saraban@lamsai-sao.go.th</p><p>ปรับปรุงล่าสุด ๑๕ มีนาคม ๒๕๖๖</p></div></body></html>