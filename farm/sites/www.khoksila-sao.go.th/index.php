<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>หน้าหลัก :: องค์การบริหารส่วนตำบลโคกศิลา</title><link href="css/style.css" rel="stylesheet" type="text/css" /></head>
<body><div id="wrapper">
<div id="header"><img src="images/logo.png" /> <span class="webname">องค์การบริหารส่วนตำบลโคกศิลา</span><br/><span class="slogan">อำเภอกุมภวาปี จังหวัดอุดรธานี</span>
</div>
<div id="menubar"><ul class="sf-menu">
<li><a href="index.php">หน้าหลัก</a></li>
<li><a href="#">ข้อมูลพื้นฐาน</a><ul><li><a href="history.php">ประวัติความเป็นมา</a></li><li><a href="executive.php">คณะผู้บริหาร</a></li><li><a href="ita_detail.php?id=1">โครงสร้างส่วนราชการ</a></li></ul></li>
<li><a href="news.php">ข่าวประชาสัมพันธ์</a></li><li><a href="gallery.php">ภาพกิจกรรม</a></li>
<li><a href="webboard.php">กระดานสนทนา</a></li><li><a href="contact.php">ติดต่อเรา</a></li>
</ul></div>
<div id="content"><div id="left">
<a href="ita.php"><img src="images/banner_ita.png" width="200" /></a><br/>
<a href="complain.php"><img src="images/banner_complain.png" width="200" /></a><br/>
<img src="images/qr_eit.png" width="150" alt="QR code แบบวัด EIT" /><br/><small>สแกน QR code ตอบแบบวัด EIT</small>
</div><div id="main">
<h3>ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลโคกศิลา</h3><p>ข่าวประชาสัมพันธ์ล่าสุด</p><ul><li><a href="news.php?id=101">ข่าวประชาสัมพันธ์ 1</a></li><li><a href="news.php?id=102">ข่าวประชาสัมพันธ์ 2</a></li><li><a href="news.php?id=103">ข่าวประชาสัมพันธ์ 3</a></li><li><a href="news.php?id=104">ข่าวประชาสัมพันธ์ 4</a></li></ul><p><a href="news.php">ดูข่าวทั้งหมด</a></p><p class="pdpa"><a href="fileupload/66e3015ac7ae.pdf">นโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)</a></p>
</div></div>
<div id="footer"><p>องค์การบริหารส่วนตำบลโคกศิลา หมู่ที่ 4 ตำบลโคกศิลา อำเภอกุมภวาปี จังหวัดอุดรธานี 41110</p><p>โทรศัพท์ 042-331-456 โทรสาร 042-331-457 อีเมล: saraban@khoksila-sao.go.th</p><p>Copyright &copy; องค์การบริหารส่วนตำบลโคกศิลา All rights reserved.</p></div>
</div></body></html>