<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>Social Network - องค์การบริหารส่วนตำบลบ้านขวาว</title><link rel="stylesheet" href="css/main.css"></head>
<body><div class="hd"><div class="logo"><img src="images/logo.png"></div><div class="agency">องค์การบริหารส่วนตำบลบ้านขวาว<br><small>อำเภอบ้านเขว้า จังหวัดชัยภูมิ</small></div>
<div class="hd-social"><a href="https://www.facebook.com/bankhwao.official"><img src="images/icon-fb.png"></a></div></div>
<div class="bar"><a href="index.php">หน้าหลัก</a> <a href="executive.php">ผู้บริหาร</a> <a href="news.php">ข่าวสาร</a>
<a href="gallery.php">ภาพกิจกรรม</a> <a href="webboard.php">ถาม-ตอบ</a> <a href="contact.php">ติดต่อ</a></div>
<div class="wrap"><div class="side"><a href="oit.php"><img src="images/oit-banner.png"></a><br>
<img src="images/qr-eit.png"><p>QR code แบบวัด EIT ปี ๒๕๖๖</p></div>
<div class="body"><h3>Social Network</h3><p><a href="https://www.facebook.com/bankhwao.official">Facebook องค์การบริหารส่วนตำบลบ้านขวาว</a></p><p><a href="https://line.me/R/ti/p/@bankhwao">LINE Official Account</a></p></div></div>
<div class="ft"><p>องค์การบริหารส่วนตำบลบ้านขวาว หมู่ที่ ๘ ตำบลบ้านขวาว อำเภอบ้านเขว้า จังหวัดชัยภูมิ ๓๖๑๗๐</p><p>โทรศัพท์ ๐๔๔-๘๓๙-๒๑๐ โทรสาร ๐๔๔-๘๓๙-๒๑๑ อีเมล: saraban@bankhwao-sao.go.th</p><p>ปรับปรุงล่าสุด ๑๕ มีนาคม ๒๕๖๖</p></div></body></html>