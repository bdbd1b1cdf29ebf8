<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>ภาพกิจกรรม :: เทศบาลตำบลหนองไผ่</title><link href="css/style.css" rel="stylesheet" type="text/css" /></head>
<body><div id="wrapper">
<div id="header"><img src="images/logo.png" /> <span class="webname">เทศบาลตำบลหนองไผ่</span><br/><span class="slogan">อำเภอหนองไผ่ จังหวัดเพชรบูรณ์</span>
<div class="social"><a href="https://www.facebook.com/nongphai.official" target="_blank"><img src="images/fb.png" /></a></div></div>
<div id="menubar"><ul class="topbar-list">
<li><a href="index.php">หน้าหลัก</a></li>
<li><a href="#">ข้อมูลพื้นฐาน</a><ul><li><a href="history.php">ประวัติความเป็นมา</a></li><li><a href="executive.php">คณะผู้บริหาร</a></li><li><a href="fileupload/46a0cacd8e8f.pdf">โครงสร้างส่วนราชการ</a></li></ul></li>
<li><a href="news.php">ข่าวประชาสัมพันธ์</a></li><li><a href="gallery.php">ภาพกิจกรรม</a></li>
<li><a href="webboard.php">กระดานสนทนา</a></li><li><a href="contact.php">ติดต่อเรา</a></li>
</ul></div>
<div id="content"><div id="left">
<a href="ita.php"><img src="images/banner_ita.png" width="200" /></a><br/>
<a href="complain.php"><img src="images/banner_complain.png" width="200" /></a><br/>
<img src="images/qr_eit.png" width="150" alt="QR code แบบวัด EIT" /><br/><small>สแกน QR code ตอบแบบวัด EIT</small>
</div><div id="main">
<h3>ภาพกิจกรรม</h3><ul><li><a href="gallery.php?id=1">ภาพกิจกรรม 1</a></li><li><a href="gallery.php?id=2">ภาพกิจกรรม 2</a></li><li><a href="gallery.php?id=3">ภาพกิจกรรม 3</a></li><li><a href="gallery.php?id=4">ภาพกิจกรรม 4</a></li><li><a href="gallery.php?id=5">ภาพกิจกรรม 5</a></li><li><a href="gallery.php?id=6">ภาพกิจกรรม 6</a></li><li><a href="gallery.php?id=7">ภาพกิจกรรม 7</a></li><li><a href="gallery.php?id=8">ภาพกิจกรรม 8</a></li><li><a href="gallery.php?id=9">ภาพกิจกรรม 9</a></li><li><a href="gallery.php?id=10">ภาพกิจกรรม 10</a></li></ul>
</div></div>
<div id="footer"><p>เทศบาลตำบลหนองไผ่ ถนนสระบุรี-หล่มสัก ตำบลหนองไผ่ อำเภอหนองไผ่ จังหวัดเพชรบูรณ์ 67140</p><p>โทรศัพท์ 056-781-234 โทรสาร 056-781-235 อีเมล: saraban@nongphai.go.th</p><p>Copyright &copy; เทศบาลตำบลหนองไผ่ All rights reserved.</p></div>
</div></body></html>